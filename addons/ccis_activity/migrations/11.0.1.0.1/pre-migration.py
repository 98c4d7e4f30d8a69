def migrate(cr, version):
    """The field ``ccis_action_field`` of ccis.indicator.definition moved from ccis_event to
    ccis_activity: its external id follows, so that uninstalling ccis_event keeps it."""
    if not version:
        return
    cr.execute("""
        UPDATE ir_model_data SET module = 'ccis_activity'
         WHERE module = 'ccis_event' AND model = 'ir.model.fields'
           AND name = 'field_ccis_indicator_definition_ccis_action_field'
    """)
