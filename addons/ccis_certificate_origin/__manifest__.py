# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – Certificates of Origin',
    'summary': "Certificates of origin: exporter's application, checks, numbering per site, "
               'invoice, PDF with QR code, public verification, register',
    'version': '11.0.1.1.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_service'],
    'data': [
        'security/ccis_certificate_origin_security.xml',
        'security/ir.model.access.csv',
        'data/ccis_certificate_document_type_data.xml',
        'data/ir_sequence_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'views/ccis_certificate_origin_views.xml',
        'views/ccis_certificate_document_type_views.xml',
        'views/res_config_settings_views.xml',
        'views/menus.xml',
        'report/ccis_certificate_origin_report.xml',
        'report/ccis_certificate_verify_templates.xml',
    ],
    'demo': [
        'demo/ccis_certificate_origin_demo.xml',
    ],
    'installable': True,
}
