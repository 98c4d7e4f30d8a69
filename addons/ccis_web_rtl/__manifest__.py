{
    'name': 'CCIS Suite – Client web de droite à gauche',
    'summary': "Client web, page de connexion et rapports miroirs pour les langues écrites de "
               "droite à gauche (arabe) : feuilles de style générées par rtlcss",
    'version': '11.0.1.0.0',
    'category': 'Hidden',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'web',
    ],
    'data': [
        'data/res_lang_data.xml',
        'views/webclient_templates.xml',
    ],
    'installable': True,
}
