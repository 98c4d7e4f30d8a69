{
    'name': 'CCIS Suite – Multi-Year Strategy',
    'summary': 'Multi-year strategic plan: objectives, targets per year, link of the annual '
               "programmes' axes and actions, progress measured by the indicator engine",
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_base',
        'mail',
        'ccis_activity',
    ],
    'data': [
        'security/ir.model.access.csv',
        'report/ccis_strategy_plan_report.xml',
        'views/ccis_strategy_progress_views.xml',
        'views/ccis_strategy_target_views.xml',
        'views/ccis_strategy_objective_views.xml',
        'views/ccis_strategy_plan_views.xml',
        'views/ccis_activity_axis_views.xml',
        'views/ccis_activity_action_views.xml',
        'views/ccis_activity_programme_views.xml',
        'views/menus.xml',
        'data/ccis_strategy_objective_data.xml',
    ],
    'demo': [
        'demo/ccis_strategy_demo.xml',
    ],
    'installable': True,
    'application': False,
}
