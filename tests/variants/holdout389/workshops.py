"""Returns wi01–wi06: clock and watch repair workshops (钟表修复): percent cells, stacked
projects, notes under the table and a three-year training base."""

from __future__ import annotations

from tests.variants.holdout389.common import (
    SKILLS,
    YEAR,
    book,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout389.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
CENTRE = "澄岭市钟表修复技艺传习中心"


@variant(
    "wi01-percent-cells",
    (1,),
    "project, OLD-NAT, operator column 指标性质, unit column, "
    "percent cells, 万元 in the number format (correct)",
)
def wi01() -> Book:
    b, s = book()
    project(s, name="古旧钟表修复工坊运营补助", dept=SKILLS, unit=CENTRE,
            money_rows=one_year(80, 65, 15),
            goals=["修复市民送修的古旧钟表，开展机芯保养公益服务，推广钟表修复技艺。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "修复送修古旧钟表数量", "≥", 60, "件"),
        (None, None, "开展机芯保养公益服务场次", "≥", 12, "场"),
        (None, "质量指标", "修复验收合格率", "≥", pct(0.95), "%"),
        (None, None, "修复后返修率", "≤", pct(0.035, "0.0%"), "%"),
        (None, "时效指标", "单件修复平均周期", "≤", 30, "天"),
        (None, "成本指标", "单件修复材料及工时成本", "≤", 0.8, "万元/件"),
        ("效益指标", "社会效益指标", "青少年钟表技艺体验人次", "≥", 1500, "人次"),
        (None, "可持续影响指标", "修复档案电子化比例", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "送修市民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "wi02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column, percent cells: a "
    "pass rate typed as 105% and an accident rate with ≥",
)
def wi02() -> Book:
    b, s = book()
    project(s, name="机械钟表维修学徒培训", dept=SKILLS, unit=CENTRE,
            money_rows=one_year(50, 42, 8),
            goals=["培训机械钟表维修学徒，提升学员维修技能和就业能力。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 合格率 is capped at 100%; the cell shows 105%")
    wrong_way = mk("≥", "T108", "warning", row=True,
                   note="事故发生率 is 反向: the operator should be ≤")  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "培训维修学徒人数", "≥", 60, "人"),
        (None, "质量指标", "学员结业考核合格率", "≥", over, "%"),
        (None, None, "实训期间安全事故发生率", wrong_way, pct(0.01), "%"),
        (None, "时效指标", "单期培训周期", "≤", 6, "个月"),
        (None, "成本指标", "人均培训成本", "≤", 0.6, "万元/人"),
        ("效益指标", "社会效益指标", "结业学员就业率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "wi03-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same satisfaction indicator with different values (correct)",
)
def wi03() -> Book:
    b, s = book()
    project(s, name="枫垣县钟楼机械大钟修缮维护", dept="枫垣县文化和旅游局（代码 411）",
            unit="枫垣县文物保护所", money_rows=one_year(45, 40, 5),
            title=f"{YEAR}年度钟表修复类项目支出绩效目标申报表",
            goals=["完成县城三座钟楼机械大钟的检修维护，保证报时准确。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "维护钟楼机械大钟座数", "≥3座"),
        (None, "质量指标", "大钟走时日误差达标率", "≥95%"),
        (None, "时效指标", "年度检修完成时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "单座大钟年度维护成本", "≤12万元/座"),
        ("效益指标", "社会效益指标", "钟楼报时正常运行天数", "≥360天"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, name="漱玉区社区钟表义修服务站", dept="漱玉区民政局（代码 126）",
            unit="漱玉区社区服务中心", money_rows=one_year(18, 18, 0), title="",
            goals=["在社区开展钟表义修活动，方便居民修理日常钟表。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "开展社区义修活动场次", "≥24场"),
        (None, "质量指标", "义修钟表一次修复合格率", "≥92%"),
        (None, "时效指标", "送修钟表平均交还时间", "≤7个工作日"),
        (None, "成本指标", "单场义修活动成本", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥800户"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant(
    "wi04-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "the second project's total is not its parts and a completion rate is a count",
)
def wi04() -> Book:
    b, s = book()
    project(s, name="老字号钟表店修复技艺帮扶", dept=SKILLS, unit=CENTRE,
            money_rows=one_year(30, 25, 5),
            goals=["帮扶老字号钟表店培养修复技师，保留传统修复工艺。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "帮扶老字号钟表店数量", "≥8家"),
        (None, "质量指标", "帮扶技师技能考核通过率", "≥85%"),
        (None, "时效指标", "帮扶计划完成时间", f"{YEAR}年12月15日前"),
        (None, "成本指标", "每家店帮扶成本", "≤3万元/家"),
        ("效益指标", "社会效益指标", "老字号店铺修复业务量增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "受帮扶店铺满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(56), "B101", "error", note="财政拨款 40 + 其他资金 12 = 52, not 56")
    project(s, name="钟表修复工具设备更新", dept=SKILLS, unit=CENTRE, title="",
            money_rows=[("资金总额", total, "其中：财政拨款", wan(40)),
                        ("其他资金", wan(12), None, None)],
            goals=["更新传习中心的钟表修复工具和检测设备。"])  # fmt: skip
    count = mk("14台", "T105", "error", note="a 完成率 given as a count of machines")
    table(s, HEAD, [
        ("产出指标", "数量指标", "采购钟表检测及修复设备台数", "≥14台"),
        (None, "质量指标", "设备安装调试完成率", count),
        (None, "时效指标", "设备投入使用时间", f"{YEAR}年8月31日前"),
        (None, "成本指标", "单台设备采购均价", "≤3.5万元/台"),
        ("效益指标", "可持续影响指标", "设备年均使用时长", "≥1200小时"),
        ("满意度指标", "服务对象满意度指标", "修复技师满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "wi05-notes-signature",
    (4,),
    "project, OLD-NAT, one value column; a 注 row between "
    "tiers, 说明 and 填表说明 under the table, a stamp line and a fill date in the year "
    "before (correct)",
)
def wi05() -> Book:
    b, s = book()
    project(s, name="钟表修复非遗工坊传承人带徒补助", dept=SKILLS, unit=CENTRE,
            money_rows=one_year(36, 30, 6),
            goals=["支持4名钟表修复传承人带徒授艺，保留手工修复技艺。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "带徒学员人数", "≥8人"),
        (None, None, "传承人授课课时", "≥480课时"),
        (None, "质量指标", "学徒出师考核合格率", "≥85%"),
        (None, "时效指标", "带徒年度考核完成时间", f"{YEAR}年12月20日前"),
        (None, "成本指标", "每名学徒带徒补助标准", "≤3万元/人"),
    ])  # fmt: skip
    notes(s, "注：以下效益指标按《澄岭市钟表修复工坊验收规程》评定，不单独计分。")
    s.table([
        ("效益指标", "社会效益指标", "学徒独立完成修复作品件数", "≥40件"),
        (None, "可持续影响指标", "传承人带徒档案", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：1. 4名传承人每人带徒2名，共8名；2. 补助按学徒人数拨付。",
          "填表说明：指标值须写明比较符和计量单位；定性指标写明等级。")  # fmt: skip
    sign(s, "罗钧衡", "0739-5826417", day(YEAR - 1, 11, 18))
    s.row("单位负责人（签章）：", None, None, "（单位盖章）")
    return b


@variant(
    "wi06-multi-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: two cumulative counts copied, one annual count above its period count",
)
def wi06() -> Book:
    b, s = book()
    project(s, name="澄岭市钟表修复技艺传习基地建设", dept=SKILLS, unit=CENTRE, years=3,
            attr="新增项目", money_rows=multi_year((360, 300, 60), (120, 100, 20)),
            goals=["三年内建成钟表修复技艺传习基地，累计培养修复技师，修复古旧钟表。",
                   f"{YEAR}年完成基地一期装修并开班，培养首批学员。"])  # fmt: skip
    copied = "annual value of a cumulative count copied from the three-year column"
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "累计培养钟表修复技师人数", "≥90人",
         mk("≥90人", "D202", "warning", note=copied)),
        (None, None, "累计修复古旧钟表件数", "≥300件",
         mk("≥300件", "D202", "warning", note=copied)),
        (None, None, "开设修复技艺公开课期数", "≥18期",
         mk("≥20期", "D201", "error", note="20 in the first year above 18 over three years")),
        (None, "质量指标", "学员职业技能等级认定通过率", "≥85%", "≥85%"),
        (None, "时效指标", "基地分期建设完工时间", f"{YEAR + 2}年11月30日前",
         f"{YEAR}年9月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1.2万元/人", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "钟表修复技艺展示受众人次", "≥30000人次", "≥10000人次"),
        (None, "可持续影响指标", "结业学员从业率", "≥70%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
