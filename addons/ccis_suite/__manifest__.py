{
    'name': 'CCIS Suite – Liens avec les modules de gestion',
    'summary': "Achats, paie et immobilisations imputés aux comptes analytiques des unités",
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
