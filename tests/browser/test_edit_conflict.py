"""Two users edit the same member in their browsers (ccis_audit's edit-conflict check): changes
to different fields both stay; when both change the same field, the second to save gets a
French message and the first one's value stays."""
import pytest

from ccis_browser import ERROR_DIALOGS, with_env

pytestmark = pytest.mark.browser

MEMBER = 'Tissage Test Conflit'


def _create_member(env):
    agent = env.ref('ccis_base.user_agent_appui_demo')
    return env['res.partner'].create({
        'name': MEMBER, 'is_company': True, 'ccis_is_member': True,
        'ccis_site_id': agent.ccis_site_ids[:1].id, 'phone': '0537 00 00 01', 'city': 'Rabat',
    }).id


def _remove_member(member_id):
    def remove(env):
        env['res.partner'].browse(member_id).unlink()
        env.cr.execute("DELETE FROM auditlog_log WHERE model_id = %s AND res_id = %s",
                       (env['ir.model']._get_id('res.partner'), member_id))
    with_env(remove)


def _open(page, server, member_id):
    page.page.goto('%s/web#id=%d&model=res.partner&view_type=form' % (server.url, member_id))
    page.page.wait_for_selector('.o_form_view')
    page.page.wait_for_selector('.o_form_button_edit')
    page.wait_idle()


def _edit_and_save(page, field, value):
    page.page.click('.o_form_button_edit')
    page.page.fill('.o_form_view input[name="%s"]' % field, value)
    page.page.click('.o_form_button_save')
    page.wait_idle()


def test_two_users_edit_the_same_member(odoo_server, new_page):
    member_id = with_env(_create_member)
    try:
        agent, chef = new_page(), new_page()
        for page, login in ((agent, 'agent'), (chef, 'chef')):
            page.login(odoo_server, login)
            _open(page, odoo_server, member_id)
        # different fields: both saved
        _edit_and_save(agent, 'phone', '0537 11 11 11')
        _edit_and_save(chef, 'city', 'Salé')
        for page in (agent, chef):
            assert page.page.locator(ERROR_DIALOGS).count() == 0, page.problems
        # the same field: the second save is refused with a message
        _edit_and_save(agent, 'email', 'agent@tissage.example.ma')
        _edit_and_save(chef, 'email', 'chef@tissage.example.ma')
        dialog = chef.page.locator('.modal .o_dialog_warning')
        assert dialog.count() == 1
        assert 'a été modifié par Salma Benjelloun' in dialog.inner_text()
        member = with_env(lambda env: env['res.partner'].browse(member_id).read(
            ['phone', 'city', 'email'])[0])
        assert (member['phone'], member['city'], member['email']) == (
            '0537 11 11 11', 'Salé', 'agent@tissage.example.ma')
        assert not agent.problems, agent.problems
    finally:
        _remove_member(member_id)
