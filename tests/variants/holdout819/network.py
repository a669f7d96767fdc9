"""Pipe network: mains, 截污纳管, 雨污分流, repairs, pump stations (kew07–kew12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout819.common import (
    HEAD4,
    book,
    detail,
    indicators,
    notes,
    period_money,
    sign,
    wan,
    year_money,
)
from tests.variants.holdout819.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "鹭汀县水利局（322001）"


@variant("kew07-network-detail", (12, 4),
         "project, NAT-2021, a budget detail block with a footnote on its total above the "
         "indicator table; unit price × length equal to its line (correct)")  # fmt: skip
def kew07() -> Book:
    b, s = book()
    project_head(s, year=2025, name="苇塘片区污水管网延伸工程", dept=DEPT, attr="新增项目",
                 unit="枫坪乡人民政府", money=year_money(420, 360, 60),
                 goals=["铺设污水主管网8.5公里，新建接户管640户（其中苇塘村380户、雁湾村260户），"
                        "新建检查井210座。"])  # fmt: skip
    detail(s, [("主管网铺设", "8.5公里×38万元/公里", 323),
               ("接户设施及检查井", "640户接户、210座检查井", 62),
               ("设计及监理", "按工程费约11%计", 35)], 420)  # fmt: skip
    notes(s, "注：合计含设计及监理费35万元，不含征地费用。")
    s.skip()
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "主管网铺设长度", "≥8.5公里"),
        (None, None, "接户管覆盖户数", "≥640户"),
        (None, None, "新建检查井", "≥210座"),
        (None, "质量指标", "管道闭水试验合格率", pct(1)),
        (None, "时效指标", "管网完工时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "主管网铺设单价", "≤38万元/公里"),
        ("效益指标", "生态效益指标", "片区生活污水收集率", "≥85%"),
        (None, "社会效益指标", "污水外溢投诉次数下降率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "接户农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫予安", "0769-5263390", day(2024, 11, 15))
    return b


@variant("kew08-network-cost", (12, 11),
         "project, OLD-NAT, operator and unit columns, a detail block: lines not adding to the "
         "合计, a unit price × length above the money, ≥ on a 渗漏率")  # fmt: skip
def kew08() -> Book:
    b, s = book()
    project_head(s, year=2025, name="桑岭村截污纳管工程", dept=DEPT, attr="新增项目",
                 unit="禾渚镇人民政府", money=year_money(480, 400, 80),
                 goals=["桑岭村铺设截污管网12公里，"
                        "纳管农户520户，消除污水横流点位15处。"])  # fmt: skip
    detail(s, [("截污管网铺设", "12公里×35万元/公里", 420),
               ("接户设施", "520户", 40),
               ("设计及监理", None, 26)],
           mk(wan(480), "B102", "error", note="420 + 40 + 26 = 486，不是 480"))  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "截污管网铺设长度", "≥", 12, "公里"),
        (None, None, "纳管农户数", "≥", 520, "户"),
        (None, "质量指标", "管网验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "工程完工时间", "≤", day(2025, 12, 15), None),
        (None, "成本指标", "截污管网铺设单价", "≤",
         mk(45, "B107", "warning", row=True,
            note="45万元/公里×12公里 = 540万元，超过年度资金480万元（明细按35万元/公里）"),
         "万元/公里"),
        ("效益指标", "生态效益指标", "管网渗漏率",
         mk("≥", "T108", "warning", row=True, note="渗漏率是反向指标，应为≤"), pct(0.05), "%"),
        (None, "社会效益指标", "污水横流点位减少数", "≥", 15, "处"),
        ("满意度指标", "服务对象满意度指标", "纳管农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦敬松", "0769-5248861", day(2024, 11, 22))
    return b


@variant("kew09-network-two-years", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns, tier-1 points in the labels and an "
         "indicator score column (both 100), rates raised in 百分点 (correct)")  # fmt: skip
def kew09() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="禾渚镇雨污分流管网改造", dept=DEPT,
                 unit="鹭汀县村镇排水管理站", attr="新增项目",
                 money=period_money((960, 800, 160), (450, 380, 70)),
                 goals=["两年完成禾渚镇7个行政村雨污分流改造，改造管网28公里，污水收集率提高12"
                        "个百分点。",
                        "2025年完成3个村改造，改造管网12公里，污水收集率提高5个百分点，并完成"
                        "2026年其余4个村的施工设计。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "雨污分流改造行政村", "≥7个", "≥3个", 10),
        (None, None, "改造管网长度", "≥28公里", "≥12公里", 15),
        (None, "质量指标", "改造管段验收合格率", pct(0.95), pct(0.95), 15),
        (None, "时效指标", "改造完成时间", "2026年12月31日前", "2025年12月31日前", 10),
        ("成本指标（10分）", "经济成本指标", "管网改造单价", "≤32万元/公里", "≤32万元/公里",
         10),
        ("效益指标（30分）", "生态效益指标", "污水收集率提高", "≥12百分点", "≥5百分点", 15),
        (None, "社会效益指标", "雨季污水溢流点位减少数", "≥18处", "≥8处", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "沿线居民满意度", "≥90%", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "潘若渔", "0769-5270154", day(2024, 11, 8))
    return b


@variant("kew10-network-repair", (7, 9, 5),
         "project, OLD-NAT with abbreviated tiers, headers 指标内容 and 绩效标准: a deadline "
         "stored as a date serial in text, an indicator carrying last year's 2024")  # fmt: skip
def kew10() -> Book:
    b, s = book()
    project_head(s, year=2025, name="雁湾村污水管网破损修复", dept=DEPT,
                 unit="栖梧镇人民政府", money=year_money(96, 80, 16),
                 goals=["修复雁湾村破损污水管网3.2公里，"
                        "更换检查井井盖60个，消除管网破损点。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出", "数量", "破损管网修复长度", "≥3.2公里"),
        (None, None, "检查井井盖更换数量", "≥60个"),
        (None, None, mk("2024年排查破损点修复数量", "Y103", "warning", row=True, alt=("Y101",),
                        note="上年申报表遗留的年份和任务，本项目是2025年度"), "≥46处"),
        (None, "质量", "修复管段验收合格率", "≥95%"),
        (None, "时效", "修复完成时间",
         mk("45961", "X104", "warning", note="日期复制成序列号文本（2025年10月31日）")),
        (None, "成本", "管网修复单价", "≤25万元/公里"),
        ("效益", "生态效益", "管网破损点整改率", "≥95%"),
        (None, "可持续影响", "管网长效管护制度", "建立并执行"),
        ("满意度", "服务对象满意度", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "廖星河", "0769-5228035", day(2024, 11, 26))
    return b


@variant("kew11-network-second-sheet", (7, 4),
         "project for 2026: head on the first sheet, the indicator table on a second sheet "
         "under a two-row header 预期实现值, the header "
         "repeated after a page break (correct)")  # fmt: skip
def kew11() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2026, name="茭头村污水管网及提升泵站建设", dept=DEPT,
                 unit="枫坪乡人民政府", attr="新增项目", money=year_money(210, 180, 30),
                 goals=["铺设茭头村污水管网5公里，新建提升泵站2座，接户280户。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 14, 14))
    t.title("2026年度项目绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "数值", "计量单位")
    t.row("绩效指标", None, None, "预期实现值", None, merge=[(1, 3), (4, 5)])
    indicators(t, head, [
        ("产出指标", "数量指标", "污水管网铺设长度", "≥5", "公里"),
        (None, None, "新建提升泵站", "≥2", "座"),
        (None, None, "接户农户数", "≥280", "户"),
        (None, "质量指标", "管道及泵站验收合格率", pct(1), "%"),
        (None, "时效指标", "工程完工时间", "2026年10月31日前", None),
    ])  # fmt: skip
    indicators(t, head, [
        ("成本指标", "经济成本指标", "管网铺设单价", "≤30", "万元/公里"),
        (None, None, "提升泵站建设单价", "≤25", "万元/座"),
        ("效益指标", "生态效益指标", "接户农户生活污水收集率", pct(0.9), "%"),
        (None, "可持续影响指标", "泵站设计使用年限", "≥15", "年"),
        ("满意度指标", "服务对象满意度指标", "接户农户满意度", pct(0.92), "%"),
    ])  # fmt: skip
    notes(t, "说明：管网单价含管材、开挖及路面恢复。", width=5)
    sign(t, "黄沐阳", "0769-5255147", day(2025, 11, 12))
    return b


@variant("kew12-network-department", (5, 12),
         "department, NAT-2021 with ★/* marks and abbreviated tier-2s, key tasks: tasks not "
         "adding to 金额合计, a length below the "
         "goal's, a satisfaction rate under 社会效益")  # fmt: skip
def kew12() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="鹭汀县村镇排水管理站",
                    budget=[(wan(680), wan(600), wan(80), wan(260), wan(420))],
                    tasks=[("管网排查修复", "3个乡镇污水管网排查修复42公里", wan(190),
                            "管网完好运行"),
                           ("提升泵站运维", "12座提升泵站日常运维", wan(130), "泵站稳定运行"),
                           ("管网信息化", "建设管网GIS信息平台", wan(100), "年内上线"),
                           ("金额合计", None,
                            mk(wan(440), "B102", "error",
                               note="190 + 130 + 100 = 420，不是 440（项目支出也是 420）"),
                            None)],
                    goal="完成3个乡镇42公里污水管网排查修复，保障12座提升泵站稳定运行，建成管网"
                         "GIS信息平台。")  # fmt: skip
    indicators(s, HEAD4, [
        ("★产出指标", "数量", "管网排查修复长度",
         mk("≥24公里", "D104", "warning", row=True, note="年度总体目标和任务都写42公里")),
        (None, None, "提升泵站运维数量", "≥12座"),
        (None, "质量", "修复管段闭水试验合格率", "≥95%"),
        (None, "时效", "管网GIS平台上线时间", "2025年11月30日前"),
        ("★成本指标", "经济成本", "单公里排查修复费用", "≤4.5万元/公里"),
        ("*效益指标", "生态效益", "管网污水漏损率", "≤8%"),
        (None, "社会效益", mk("沿线群众满意度", "F201", "warning", row=True,
                              note="满意度填在社会效益下，应属服务对象满意度指标"), "≥90%"),
        (None, "可持续影响", "管网信息化管理覆盖率", "≥80%"),
        ("*满意度指标", "服务对象满意度", "乡镇污水管理员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陆知遥", "0769-5291176", day(2024, 11, 19))
    return b
