# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – Rencontres B2B dans l\'espace ressortissant',
    'summary': "Souhaits de rendez-vous B2B et planning de l'entreprise dans l'espace "
               "ressortissant (installé avec les deux addons)",
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
