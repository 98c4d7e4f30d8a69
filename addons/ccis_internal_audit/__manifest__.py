{
    'name': 'CCIS Suite – Audit interne',
    'summary': "Service Audit et Contrôle de Gestion : plan d'audit annuel, missions, "
               "constats, recommandations suivies jusqu'à leur clôture, rapports PDF, "
               "indicateurs de mise en œuvre",
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
        'security/ccis_internal_audit_security.xml',
        'data/ir_sequence_data.xml',
        'data/ccis_audit_mission_kind_data.xml',
        'data/ir_cron_data.xml',
        'data/ccis_indicator_definition_data.xml',
        'report/ccis_audit_mission_report.xml',
        'report/ccis_audit_mission_templates.xml',
        'views/ccis_audit_plan_views.xml',
        'views/ccis_audit_mission_views.xml',
        'views/ccis_audit_finding_views.xml',
        'views/ccis_audit_recommendation_views.xml',
        'views/ccis_audit_mission_kind_views.xml',
        'views/menus.xml',
    ],
    'demo': [
        'demo/ccis_internal_audit_demo.xml',
    ],
    'installable': True,
    'pre_init_hook': 'pre_init_hook',
    'post_init_hook': 'post_init_hook',
}
