{
    'name': 'CCIS Suite – Traceability and Security',
    'summary': 'Audit log (who changed what, old and new values), edit conflicts, login attempts '
               'and password policy',
    'version': '11.0.1.0.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': [
        # OCA (requirements-oca.txt)
        'auditlog',
        'auth_brute_force',
        'password_security',
        # the suite's addons whose models are audited
        'ccis_event',
        'ccis_governance',
    ],
    'data': [
        'security/ir.model.access.csv',
        'data/auditlog_rule_data.xml',
        'data/ir_config_parameter_data.xml',
        'data/res_company_data.xml',
        'views/assets.xml',
        'views/auditlog_log_views.xml',
        'views/auditlog_log_line_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/res_company_demo.xml',
    ],
    'installable': True,
}
