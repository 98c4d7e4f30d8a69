# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – Member Portal and Directory',
    'summary': 'Member portal (record, validated updates, online requests, events and B2B '
               'meetings, certificates of origin, invoices) and public directory of consenting '
               'members',
    'version': '11.0.1.2.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_member',
        'ccis_event',
        'ccis_certificate_origin',
        'ccis_l10n_ar_ma',
        'portal',
        # "Payer" on the portal's invoice pages (Odoo's payment form and acquirers)
        'account_payment',
        'website',
        'mail',
    ],
    'data': [
        'security/ir.model.access.csv',
        'security/ccis_portal_security.xml',
        'data/ir_config_parameter_data.xml',
        'data/website_menu_data.xml',
        'views/ccis_portal_update_request_views.xml',
        'views/res_partner_views.xml',
        'views/portal_templates.xml',
        'views/directory_templates.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/ccis_portal_demo.xml',
    ],
    'post_init_hook': 'post_init_hook',
    'installable': True,
}
