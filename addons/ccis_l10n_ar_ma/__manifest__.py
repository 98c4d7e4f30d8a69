{
    'name': 'CCIS Suite – Moroccan Arabic',
    'summary': 'Moroccan Arabic (ar_MA) installed with French: right-to-left writing, digits '
               '0–9, Moroccan month names, Arabic translations of Odoo',
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
