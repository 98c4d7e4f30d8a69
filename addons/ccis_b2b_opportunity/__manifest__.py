{
    'name': 'CCIS B2B Meetings and Business Opportunities',
    'summary': 'A B2B meeting held with a positive outcome becomes a business opportunity '
               '(installed with both addons)',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_b2b', 'ccis_business_opportunity'],
    'data': [
        'views/ccis_business_opportunity_views.xml',
        'views/ccis_b2b_meeting_views.xml',
    ],
    'demo': [
        'demo/ccis_business_opportunity_demo.xml',
    ],
    'installable': True,
    'application': False,
    'auto_install': True,
}
