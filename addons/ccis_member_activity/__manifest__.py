# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Members – Programme Indicators',
    'summary': 'Action programme indicators computed from the registry: new members, members by '
               'status, requests received and handled, response time, requests by category',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_member', 'ccis_activity'],
    'data': [
        'data/ccis_indicator_definition_data.xml',
        'data/ccis_activity_type_indicator_data.xml',
        'views/res_partner_views.xml',
    ],
    'demo': [
        'demo/ccis_indicator_line_demo.xml',
    ],
    'pre_init_hook': 'pre_init_hook',
    'post_init_hook': 'post_init_hook',
    'installable': True,
    'auto_install': True,
    'application': False,
}
