{
    'name': 'CCIS Suite – Links with the Management Modules',
    'summary': "Purchases, payroll and assets charged to the units' analytic accounts",
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        'ccis_base',
        'account_invoicing',
        'l10n_ma',
        'account_budget',
        'account_asset',
        'purchase',
        'hr_payroll_account',
    ],
    'data': [
        'security/ccis_suite_security.xml',
        'views/account_asset_asset_views.xml',
    ],
    'demo': [
        'demo/hr_payroll_demo.xml',
    ],
    'installable': True,
    'application': False,
}
