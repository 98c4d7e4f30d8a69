# Copyright 2026 CCIS Suite
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    'name': 'CCIS Governance – Programme Indicators and Actions',
    'summary': 'Action programme indicators computed from governance (meetings, minutes, '
               'decisions, representations); programme actions created from decisions on the '
               'chosen axis and year',
    'version': '11.0.1.1.0',
    'category': 'Chambre',
    'author': 'CCIS Suite',
    'license': 'AGPL-3',
    'depends': ['ccis_governance', 'ccis_activity'],
    'data': [
        'data/ccis_indicator_definition_data.xml',
        'data/ccis_activity_type_indicator_data.xml',
        'wizards/ccis_decision_programme_wizard_views.xml',
        'views/ccis_decision_views.xml',
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
