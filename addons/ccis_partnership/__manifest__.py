{
    'name': 'CCIS Suite – Partnerships',
    'summary': 'Register of cooperation agreements and protocols with national and international '
               "bodies: annual numbering, deadlines and renewals, parties' commitments, alerts, "
               'review indicators',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_base',
        'mail',
        'ccis_activity',
    ],
    'data': [
        'security/ir.model.access.csv',
        'security/ccis_partnership_security.xml',
        'data/ir_sequence_data.xml',
        'data/ir_cron_data.xml',
        'data/ccis_partnership_kind_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'data/ccis_activity_type_indicator_data.xml',
        'views/ccis_partnership_kind_views.xml',
        'views/ccis_partnership_commitment_views.xml',
        'views/ccis_partnership_agreement_views.xml',
        'views/ccis_activity_action_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/ccis_partnership_demo.xml',
    ],
    'pre_init_hook': 'pre_init_hook',
    'post_init_hook': 'post_init_hook',
    'installable': True,
}
