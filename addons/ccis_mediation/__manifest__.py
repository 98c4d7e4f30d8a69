# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – Mediation and Arbitration',
    'summary': 'Dispute resolution: conventional mediation and arbitration cases (law 95-17), '
               'parties and counsel, arbitral tribunal, hearings, deadlines, outcome, fees '
               'invoiced to the parties, confidentiality',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_service',
        'ccis_activity',
        'calendar',
        'mail',
    ],
    'data': [
        'security/ir.model.access.csv',
        'security/ccis_mediation_security.xml',
        'data/ir_sequence_data.xml',
        'data/ir_config_parameter_data.xml',
        'data/ir_cron_data.xml',
        'data/product_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'views/ccis_mediation_case_views.xml',
        'views/calendar_event_views.xml',
        'views/product_template_views.xml',
        'views/res_config_settings_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/ccis_mediation_case_demo.xml',
    ],
    'installable': True,
}
