from odoo import fields, models


class CcisStructureTemplateSite(models.Model):
    _name = 'ccis.structure.template.site'
    _description = 'Structure Template Site'
    _order = 'template_id, sequence, id'

    template_id = fields.Many2one(
        'ccis.structure.template', string='Model', required=True, index=True,
        ondelete='cascade')
    sequence = fields.Integer(string='Sequence', default=10)
    code = fields.Char(string='Code', required=True,
                       help='Code of the created site; a site with the same code in the chamber is reused.')
    name = fields.Char(string='Name', required=True)
    name_ar = fields.Char(string='Name (Arabic)')
    kind = fields.Selection(
        [('head_office', 'Regional Head Office'), ('annex', 'Annex')],
        string='Type', required=True, default='annex')
    province_ids = fields.Many2many(
        'ccis.province', 'ccis_structure_template_site_province_rel', 'site_id',
        'province_id', string='Territorial Jurisdiction')

    _sql_constraints = [
        ('code_template_uniq', 'unique(template_id, code)',
         'The site code must be unique within the template.'),
    ]
