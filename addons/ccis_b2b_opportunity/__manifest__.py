{
    'name': "CCIS Rencontres B2B et opportunités d'affaires",
    'summary': "Un rendez-vous B2B tenu avec un résultat positif devient une opportunité "
               "d'affaires (installé avec les deux addons)",
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
