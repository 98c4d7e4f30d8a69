{
    'name': 'CCIS Suite – Structuring Projects',
    'summary': 'Portfolio of structuring projects (business centres, training institute, zones) '
               "on Odoo's projects: budget, expenses, milestones, progress, revenue and review "
               'indicators',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_base',
        'ccis_activity',
        'project',
        'account_budget',
        'mail',
    ],
    'data': [
        'security/ir.model.access.csv',
        'security/ccis_project_security.xml',
        'data/ccis_structuring_project_kind_data.xml',
        'data/ir_cron_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'views/ccis_structuring_project_kind_views.xml',
        'views/ccis_project_milestone_views.xml',
        'views/ccis_project_analysis_views.xml',
        'views/project_project_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/ccis_project_demo.xml',
    ],
    'installable': True,
}
