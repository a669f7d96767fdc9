"""中央预算内投资计划绩效目标表: a 总投资 block split by source, 本年下达投资, a construction
period over several years, OLD-NAT tiers with 成本指标 under 产出, a sign-off block."""

from __future__ import annotations

from tests.variants.holdout17.common import AMOUNT, notes, signature
from tests.variants.holdout17.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, pct

W6 = (16, 18, 30, 22, 18, 18)


def _m(value: float) -> C:
    return C(value, AMOUNT)


def _head(s: Sheet, *, name: str, owner: str, dept: str, place: str, nature: str,
          span: str, code: str) -> None:  # fmt: skip
    s.row("项目名称", name, merge=[(2, 6)])
    s.row("项目代码", code, None, "建设性质", nature, None, merge=[(2, 3), (5, 6)])
    s.row("项目（法人）单位", owner, None, "行业主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("建设地点", place, None, "建设起止年限", span, None, merge=[(2, 3), (5, 6)])


@variant("ia03-sewage-investment-ok", (5, 12),
         "中央预算内投资计划绩效目标表: 总投资 split in three sources, 本年下达 split in two, "
         "2025–2027 construction, a 2027 end date, OLD-NAT, 成本指标 under 产出")  # fmt: skip
def sewage_investment_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", W6)
    s.title("2026年中央预算内投资计划项目绩效目标表", 6)
    s.row("单位：万元", merge=[(1, 6)])
    _head(s, name="石门溪县城区污水处理厂提标扩容及配套管网工程",
          owner="石门溪县城市建设投资有限公司",
          dept="石门溪县生态环境局", place="岚江省青屿市石门溪县", nature="改扩建",
          span="2025年—2027年", code="2508-361427-04-01-583916")  # fmt: skip
    s.row("总投资", "合计", "中央预算内投资", "地方政府专项债券", "地方财政资金", None)
    s.row(None, _m(18600), _m(6000), _m(8000), _m(4600), None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("本年下达投资", "合计", "中央预算内投资", "地方配套", None, None)
    s.row(None, _m(5200), _m(3000), _m(2200), None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "2026年完成污水处理厂扩容主体工程，新建污水收集管网36.8公里，改造雨污"
          "合流管网12.4公里；项目建成后新增污水处理规模2万吨/日，出水水质达到一级A标准。",
          merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "新增污水处理规模", "≥2万吨/日", "全部建成后"),
        (None, None, "新建污水收集管网", "≥36.8公里", None),
        (None, None, "改造雨污合流管网", "≥12.4公里", None),
        (None, "质量指标", "出水水质", "达到一级A标准", "GB 18918"),
        (None, None, "工程竣工验收合格率", pct(1), None),
        (None, "时效指标", "本年度工程形象进度", "≥70%", None),
        (None, None, "项目建成投运时间", "2027年12月31日前", None),
        (None, "成本指标", "项目总投资控制", "≤18600万元", "不超过批复概算"),
        ("效益指标", "社会效益指标", "服务人口", "≥12万人", None),
        (None, "生态效益指标", "城区生活污水集中收集率", "≥75%", None),
        (None, None, "城区污水处理率", "≥97%", None),
        (None, None, "化学需氧量年削减量", "≥1460吨", None),
        (None, "可持续影响指标", "设施设计使用年限", "≥30年", None),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：本表由项目单位填报，行业主管部门审核后报同级发展改革部门。"], 6)
    signature(s, filled=(2025, 9, 18), person="谢一帆", phone="0795-7216 3380",
              reviewer="孔德远")  # fmt: skip
    return b


@variant("ia04-flood-investment", (5, 11, 12),
         "中央预算内投资计划绩效目标表 with numbered tier labels: 总投资 not the sum of its "
         "sources, a 达标率 typed as 105%, a complaint rate with ≥")  # fmt: skip
def flood_investment() -> Book:
    b = Book()
    s = b.sheet("投资计划绩效目标", W6)
    s.title("2026年度中央预算内投资计划绩效目标表", 6)
    _head(s, name="白鹭湖区鹭溪中小河流治理工程", owner="白鹭湖区水利局",
          dept="青屿市水利局", place="青屿市白鹭湖区", nature="新建",
          span="2026年—2027年", code="2511-361402-04-01-204877")  # fmt: skip
    s.row("总投资（万元）", "合计", "中央预算内投资", "省级资金", "区级资金", None)
    s.row(None, mk(_m(7450), "B101", "error", row=True, note="4000 + 2000 + 1350 = 7350"),
          _m(4000), _m(2000), _m(1350), None)  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("本年下达投资（万元）", "合计", "中央预算内投资", "地方配套", None, None)
    s.row(None, _m(3600), _m(2400), _m(1200), None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "2026年完成鹭溪干流堤防加固9.6公里、河道清淤疏浚7.2公里，治理河段"
          "防洪能力提升至20年一遇。", merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("一、产出指标", "1.数量指标", "新建及加固堤防", "≥9.6", "公里", None),
        (None, None, "河道清淤疏浚", "≥7.2", "公里", None),
        (None, "2.质量指标", "单元工程质量合格率", "=100%", None, None),
        (None, None, "治理河段水功能区水质达标率",
         mk(pct(1.05), "T106", "error", row=True, note="shown 105%"), "%", None),
        (None, "3.时效指标", "主体工程完工时间", "2027年6月30日前", None, None),
        (None, "4.成本指标", "堤防加固单位造价", "≤310", "万元/公里", None),
        ("二、效益指标", "1.社会效益指标", "保护人口", "≥4.8", "万人", None),
        (None, None, "保护耕地", "≥2.6", "万亩", None),
        (None, "2.生态效益指标", "治理河段岸线生态化率", "≥60%", None, None),
        (None, "3.可持续影响指标", "工程管护责任落实", "落实到位", None, None),
        ("三、满意度指标", "1.服务对象满意度指标", "沿河群众满意度", "≥90%", None, None),
        (None, None, "施工扰民投诉率", mk("≥5%", "T108", "warning", row=True,
                                         note="a complaint rate is capped: ≤"), None, None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=(2025, 10, 30), person="黎向东", phone="0795-7330 1625")
    return b
