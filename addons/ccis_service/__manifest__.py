# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – Billed Services',
    'summary': "The chamber's price list, invoicing of services to members, legalisation and "
               'certification of documents',
    'version': '11.0.1.1.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_member', 'ccis_activity', 'account', 'l10n_ma'],
    'data': [
        'security/ccis_service_security.xml',
        'security/ir.model.access.csv',
        'data/ir_sequence_data.xml',
        'data/product_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'views/product_template_views.xml',
        'views/ccis_legalisation_views.xml',
        'views/menus.xml',
        'report/account_invoice_report.xml',
        'report/ccis_legalisation_report.xml',
    ],
    'demo': [
        'demo/ccis_legalisation_demo.xml',
    ],
    'installable': True,
}
