{
    'name': 'CCIS Suite – Mail Registry',
    'summary': 'Incoming and outgoing mail register: annual numbering without gaps, assignment '
               'to units, expected replies, reminders of delays; institutional contacts and '
               'interactions',
    'version': '11.0.1.1.0',
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
        'security/ccis_correspondence_security.xml',
        'data/ir_sequence_data.xml',
        'data/ir_cron_data.xml',
        'data/ccis_institution_role_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'views/ccis_correspondence_views.xml',
        'views/ccis_institution_interaction_views.xml',
        'views/res_partner_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/ccis_correspondence_demo.xml',
        'demo/ccis_institution_demo.xml',
    ],
    'installable': True,
}
