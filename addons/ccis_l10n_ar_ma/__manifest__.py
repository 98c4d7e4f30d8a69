{
    'name': 'CCIS Suite – Arabe marocain',
    'summary': "Langue arabe du Maroc (ar_MA) installée avec le français : écriture de droite "
               "à gauche, chiffres 0–9, mois marocains, traductions arabes d'Odoo",
    'version': '11.0.1.1.0',
    'category': 'Localization',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_base',
        'ccis_web_rtl',
    ],
    'data': [
        'data/res_lang_data.xml',
    ],
    'demo': [
        'demo/res_users_demo.xml',
    ],
    'post_init_hook': 'post_init_hook',
    'installable': True,
}
