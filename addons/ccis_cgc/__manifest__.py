# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – Accounting Management Centre (CGC)',
    'summary': 'Subscribed clients of the approved accounting management centre: subscriptions '
               "by size band invoiced per instalment (OCA contracts), clients' tax and "
               'accounting deadlines, reminders of delays, review indicators',
    'version': '11.0.1.1.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_service',
        'ccis_member',
        'ccis_activity',
        'contract',
    ],
    'data': [
        'security/ir.model.access.csv',
        'security/ccis_cgc_security.xml',
        'data/product_data.xml',
        'data/ccis_cgc_deliverable_type_data.xml',
        'data/ccis_cgc_size_band_data.xml',
        'data/ir_sequence_data.xml',
        'data/ir_cron_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'data/ccis_activity_type_indicator_data.xml',
        'views/ccis_cgc_size_band_views.xml',
        'views/ccis_cgc_deliverable_type_views.xml',
        'views/ccis_cgc_deliverable_views.xml',
        'views/ccis_cgc_subscription_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/ccis_cgc_demo.xml',
    ],
    'pre_init_hook': 'pre_init_hook',
    'post_init_hook': 'post_init_hook',
    'installable': True,
}
