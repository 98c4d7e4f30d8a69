{
    'name': 'CCIS Business Opportunities',
    'summary': 'Business opportunities collected by the chamber (events, B2B meetings, partner '
               'chambers, embassies, members) and sent to the members of the sector',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_event'],
    'data': [
        'security/ccis_business_opportunity_security.xml',
        'security/ir.model.access.csv',
        'data/ir_sequence_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'views/ccis_business_opportunity_views.xml',
        'views/event_event_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/ccis_business_opportunity_demo.xml',
        'demo/ccis_indicator_line_demo.xml',
    ],
    'installable': True,
    'application': False,
}
