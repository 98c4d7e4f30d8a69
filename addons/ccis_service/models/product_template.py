from odoo import _, api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import fee

FEE_RULES = [
    ('flat', 'Flat Fee'),
    ('per_mille', 'Per Mille of the Declared Value'),
    ('scale', 'Amount-Based Scale'),
]
SERVICE_KINDS = [
    ('certificate_origin', 'Certificate of Origin'),
    ('certificate_copy', 'Certificate of Origin Copy'),
    ('legalisation', 'Document Legalization and Endorsement'),
    ('other', 'Other Service'),
]


class ProductTemplate(models.Model):
    """A service of the chamber's fee schedule: a service product with its price rule."""
    _inherit = 'product.template'

    ccis_is_service = fields.Boolean(
        string='Chamber Service', index=True,
        help='Service billed by the chamber to its members (fee schedule).')
    ccis_service_kind = fields.Selection(
        SERVICE_KINDS, string='Service Type', index=True)
    ccis_fee_rule = fields.Selection(
        FEE_RULES, string='Pricing Rule', default='flat')
    ccis_fee_rate = fields.Float(
        string='Rate (‰)', digits=(16, 4),
        help='Per mille of the declared value ("per mille" rule).')
    ccis_fee_min = fields.Float(
        string='Minimum (MAD)', digits=(16, 2), help='0: no minimum.')
    ccis_fee_max = fields.Float(
        string='Maximum (MAD)', digits=(16, 2), help='0: no maximum.')
    ccis_fee_scale_ids = fields.One2many(
        'ccis.service.fee.scale', 'product_tmpl_id', string='Amount-Based Scale')
    ccis_member_price_set = fields.Boolean(
        string='Reduced Member Fee',
        help='An active member pays the reduced fee (flat fee rule).')
    ccis_member_price = fields.Float(
        string='Member Fee (MAD)', digits=(16, 2))
    ccis_member_discount = fields.Float(
        string='Member Discount (%)', digits=(16, 2),
        help='Discount granted to active members on a proportional fee or on the scale.')
    ccis_refundable = fields.Boolean(
        string='Refundable on Cancellation',
        help='A credit note is issued when the billed service is cancelled.')
    ccis_income_account_template_id = fields.Many2one(
        'account.account.template', string='Income Account (Chart of Accounts)',
        help='Account of the Moroccan chart of accounts assigned to the product in each company that uses '
             'this chart.')
    ccis_tax_template_ids = fields.Many2many(
        'account.tax.template', 'ccis_service_tax_template_rel', 'product_tmpl_id',
        'tax_template_id', string='Taxes (Chart of Accounts)')

    @api.constrains('ccis_fee_rate', 'ccis_fee_min', 'ccis_fee_max', 'ccis_member_discount',
                    'ccis_member_price')
    def _check_ccis_fee(self):
        for product in self.filtered('ccis_is_service'):
            if min(product.ccis_fee_rate, product.ccis_fee_min, product.ccis_fee_max,
                   product.ccis_member_price, product.ccis_member_discount) < 0:
                raise ValidationError(_(
                    'Service "%s": rates, amounts and discounts cannot be negative.') % product.name)
            if product.ccis_fee_max and product.ccis_fee_min > product.ccis_fee_max:
                raise ValidationError(_(
                    'Service "%s": the minimum (%.2f MAD) exceeds the maximum (%.2f MAD).')
                    % (product.name, product.ccis_fee_min, product.ccis_fee_max))
            if product.ccis_member_discount > 100:
                raise ValidationError(_(
                    'Service "%s": the member discount cannot exceed 100 %%.')
                    % product.name)

    @api.multi
    def ccis_compute_fee(self, value=0.0, partner=None):
        """The fee of one unit of this service for ``partner`` (a member pays the member
        price), on a declared ``value`` for the proportional rules."""
        self.ensure_one()
        member = bool(partner) and partner._ccis_pays_member_price()
        try:
            return fee.compute_fee(
                self.ccis_fee_rule or 'flat', price=self.list_price, value=value or 0.0,
                rate=self.ccis_fee_rate, minimum=self.ccis_fee_min, maximum=self.ccis_fee_max,
                scale=[(line.from_amount, line.price, line.rate)
                       for line in self.ccis_fee_scale_ids],
                member=member,
                member_price=self.ccis_member_price if self.ccis_member_price_set else None,
                member_discount=self.ccis_member_discount)
        except fee.FeeError as error:
            if error.code == 'negative_value':
                raise UserError(_('Service "%s": the declared value (%s MAD) cannot be negative.') % (self.name, value))
            if error.code in ('no_scale', 'below_scale'):
                raise UserError(_('Service "%s": the amount-based scale has no bracket for %s MAD; complete '
                                  'the scale.') % (self.name, value))
            raise UserError(_('Service "%s": the pricing rule is unknown.')
                            % self.name)

    @api.model
    def _ccis_apply_service_accounting(self, companies=None):
        """Give the chamber's services their income account and taxes in every company whose
        chart of accounts holds the accounts and taxes named by the fee schedule (called by
        the data at each update; products already given an account keep it)."""
        if companies is None:
            companies = self.env['res.company'].search([('chart_template_id', '!=', False)])
        services = self.with_context(active_test=False).search([('ccis_is_service', '=', True)])
        for company in companies:
            for product in services:
                product._ccis_apply_company_accounting(company)
        return True

    @api.multi
    def _ccis_apply_company_accounting(self, company):
        self.ensure_one()
        product = self.with_context(force_company=company.id)
        account = self._ccis_company_record(self.ccis_income_account_template_id, company)
        if account and not product.property_account_income_id:
            product.property_account_income_id = account
        taxes = self.env['account.tax']
        for template in self.ccis_tax_template_ids:
            taxes |= self._ccis_company_record(template, company)
        if taxes and not self.taxes_id.filtered(lambda t: t.company_id == company):
            self.taxes_id = [(4, tax.id) for tax in taxes]

    @api.model
    def _ccis_company_record(self, template, company):
        """The account or tax created from ``template`` in ``company`` by its chart."""
        if not template:
            return None
        model = {'account.account.template': 'account.account',
                 'account.tax.template': 'account.tax'}[template._name]
        data = self.env['ir.model.data'].sudo().search([
            ('model', '=', template._name), ('res_id', '=', template.id)], limit=1)
        if not data:
            return self.env[model]
        record = self.env['ir.model.data'].sudo().search([
            ('module', '=', data.module), ('model', '=', model),
            ('name', '=', '%s_%s' % (company.id, data.name))], limit=1)
        return self.env[model].browse(record.res_id)

    @api.multi
    def _ccis_income_account(self, company):
        """The income account of the service in ``company``."""
        self.ensure_one()
        product = self.with_context(force_company=company.id)
        return (product.property_account_income_id
                or self._ccis_company_record(self.ccis_income_account_template_id, company)
                or product.categ_id.property_account_income_categ_id)
