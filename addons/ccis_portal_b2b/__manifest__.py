# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – B2B Meetings in the Member Portal',
    'summary': "B2B meeting wishes and the company's schedule in the member portal (installed "
               'with both addons)',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_b2b', 'ccis_portal'],
    'data': [
        'security/ir.model.access.csv',
        'security/ccis_portal_b2b_security.xml',
        'views/portal_templates.xml',
    ],
    'demo': [
        'demo/ccis_portal_b2b_demo.xml',
    ],
    'installable': True,
    'auto_install': True,
}
