# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Ressortissants – indicateurs du programme',
    'summary': "Indicateurs du programme d'action calculés à partir du registre : nouveaux "
               "ressortissants, ressortissants par statut, demandes reçues et traitées, délai "
               "de réponse, demandes par catégorie",
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
