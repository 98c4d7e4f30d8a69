# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Suite – Espace ressortissant et annuaire',
    'summary': "Portail des ressortissants (dossier de l'entreprise, demandes de mise à jour "
               "validées par la chambre, demandes d'orientation en ligne, inscriptions aux "
               "événements et formations, certificats d'origine) et annuaire public des ressortissants consentants",
    'version': '11.0.1.1.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_member',
        'ccis_event',
        'ccis_certificate_origin',
        'portal',
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
    'installable': True,
}
