# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Ressortissants',
    'summary': "Registre des ressortissants : entreprises, artisans, coopératives, "
               "associations, identifiants marocains, cycle de vie, documents, import",
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_base', 'mail', 'base_setup'],
    'external_dependencies': {'python': ['xlrd', 'xlsxwriter']},
    'data': [
        'security/ccis_member_security.xml',
        'security/ir.model.access.csv',
        'data/ccis_member_sector_data.xml',
        'data/ccis_member_legal_form_data.xml',
        'data/ccis_member_court_data.xml',
        'data/ccis_member_document_type_data.xml',
        'data/ccis_member_request_data.xml',
        'data/ir_cron_data.xml',
        'views/res_partner_views.xml',
        'views/ccis_member_sector_views.xml',
        'views/ccis_member_reference_views.xml',
        'views/ccis_member_document_views.xml',
        'views/ccis_member_request_views.xml',
        'views/res_config_settings_views.xml',
        'report/ccis_member_directory_report.xml',
        'wizards/ccis_member_wizard_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/res_partner_demo.xml',
        'demo/ccis_member_request_demo.xml',
    ],
    'installable': True,
    'application': False,
}
