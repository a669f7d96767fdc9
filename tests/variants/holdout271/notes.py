"""Rows that are not indicators: notes inside and under the table, 填表说明, signature and date
lines, a header row repeated after a page break, unit-code and 小计 rows, a money block with
测算依据 above the table (ru07–ru12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout271.common import ONE, book, indicators, note, one_year_money, sign, wan
from tests.variants.holdout271.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant("ru07-station-notes-inside", (1, 4), "one-year project, NAT-2021, a 备注 column, a "
         "说明 row between two blocks, a 注 and a 填表说明 under the table, a signature line "
         "dated the year before (correct)")  # fmt: skip
def ru07() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 26))
    project_head(
        s, year=2026, name="高新区特勤消防救援站装备配置项目", dept="槐安市消防救援支队（101）",
        unit="槐安市消防救援支队特勤大队", money=one_year_money(wan(1180), wan(1000), wan(180)),
        goals=["2026年为高新区特勤消防救援站配置特勤消防车辆6辆、个人防护装备120套，提升高层"
               "建筑和危化品火灾扑救能力。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "特勤消防车辆配置数量", "≥6辆", "含举高、抢险救援车"),
        (None, None, "个人防护装备配置套数", "≥120套", None),
        (None, "质量指标", "装备到货验收合格率", pct(1), None),
        (None, "时效指标", "装备列装投入执勤时间", "2026年10月31日前", None),
    ])  # fmt: skip
    note(s, "说明：以上数量指标按到货验收口径统计。")
    s.table([
        ("成本指标", "经济成本指标", "特勤消防车辆平均购置单价", "≤150万元/辆", "政府采购"),
        (None, None, "个人防护装备单套成本", "≤2.2万元/套", None),
        ("效益指标", "社会效益指标", "特勤站辖区灭火救援到场时间", "≤8分钟", None),
        (None, None, "高层建筑火灾扑救能力", "显著提升", None),
        (None, "可持续影响指标", "装备维护保养制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "辖区企业和群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.本表指标值均为2026年度目标值；2.成本指标以政府采购中标价为准。")
    note(s, "填表说明：一级、二级指标按财政部门统一口径填写，请勿修改；三级指标可根据项目"
            "实际增减。")  # fmt: skip
    sign(s, "冯启明", "钱若琳", "0734-8826190", "填报日期：2025年11月20日")
    return b


@variant("ru08-alarm-page-break-header", (4,), "one-year project, NAT-2021, the header row "
         "repeated after a page break and a 注 row: a placeholder ≥XX个 and a rate left "
         "without value")  # fmt: skip
def ru08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="乡村应急广播“村村响”提升项目", dept="澄渊县文化广电旅游局（231）",
        unit="澄渊县融媒体中心", money=one_year_money(wan(268), wan(248), wan(20)),
        goals=["2026年更新改造行政村应急广播终端560个，建成县级应急广播调度控制平台1套，实现"
               "预警信息县、乡、村三级贯通。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更新改造村级应急广播终端", "≥560个"),
        (None, None, "县级应急广播调度控制平台", "=1套"),
        (None, None, "乡镇应急广播分控站点", mk("≥XX个", "X101", "error")),
        (None, "质量指标", "终端设备验收合格率",
         mk(None, "T101", "error", note="a rate with a name and no value")),
        (None, None, "终端在线率", "≥95%"),
        (None, "时效指标", "调度控制平台投入使用时间", "2026年9月30日前"),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("成本指标", "经济成本指标", "单个村级终端更新成本", "≤0.3万元/个"),
        ("效益指标", "社会效益指标", "预警信息行政村覆盖率", pct(1)),
        (None, "可持续影响指标", "应急广播日常播发机制", "常态化运行"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：指标值为2026年度目标值。", 4)
    sign(s, "孟嘉禾", "章一鸣", "0737-4513820")
    return b


def _basis(s: Sheet) -> None:
    """ru09's money block with 测算依据 (18 + 20 + 12 + 8 = 58)."""
    s.row("资金测算", "支出内容", "测算依据", "金额（万元）")
    top = s.r
    s.row(None, "社区宣传活动", "60场×0.3万元/场", wan(18))
    s.row(None, "消防短视频制作", "20部×1万元/部", wan(20))
    s.row(None, "应急广播公益广告播发", "1200次×100元/次", wan(12))
    s.row(None, "宣传品", "8000份×10元/份", wan(8))
    s.row(None, "合计", None, wan(58))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("ru09-publicity-instructions-operators", (1, 4, 7), "one-year project, NAT-2021, a "
         "测算依据 block, then 填表说明 rows, then a header with 比较符 · 绩效目标值 · 计量单位 "
         "(95% typed in Excel, 定性, 百分点), a header repeated after a page break "
         "(correct)")  # fmt: skip
def ru09() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 12, 14, 12))
    project_head(
        s, year=2026, name="消防安全宣传“进万家”项目", dept="蓼川县消防救援大队（418）",
        unit="蓼川县消防救援大队", money=one_year_money(wan(58), wan(52), wan(6)),
        goals=["2026年开展社区消防宣传活动60场，通过应急广播播发消防公益广告1200次，居民消防"
               "安全常识知晓率提高5个百分点。"],
    )  # fmt: skip
    _basis(s)
    note(s, "填表说明：1.比较符填≥、≤、=或“定性”；2.绩效目标值填数值或等级；3.计量单位与目标值"
            "对应。", 6)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "绩效目标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "社区消防安全宣传活动场次", "≥", 60, "场"),
        (None, None, "应急广播播发消防公益广告次数", "≥", 1200, "次"),
        (None, None, "消防安全短视频制作数量", "≥", 20, "部"),
        (None, "质量指标", "宣传培训考核合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "火灾警示信息推送时限", "≤", 24, "小时"),
    ])  # fmt: skip
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单场宣传活动平均成本", "≤", 0.3, "万元/场"),
        ("效益指标", "社会效益指标", "居民消防安全常识知晓率提升幅度", "≥", 5, "百分点"),
        (None, "可持续影响指标", "消防宣传志愿服务长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "群众对宣传活动满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "谢雨桐", "卢景行", "0735-2297416", "2025年12月2日")
    return b


@variant("ru10-huhutong-signature-dates", (4,), "one-year project, NAT-2021, an 评价标准 "
         "column and a signature dated the year before: a completion date in the next year, a "
         "合格率 under 时效指标, a cost cap without operator")  # fmt: skip
def ru10() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 22))
    project_head(
        s, year=2026, name="直播卫星户户通设备更新项目", dept="苇塘县文化广电旅游局（219）",
        unit="苇塘县广播电视服务中心", money=one_year_money(wan(168), wan(150), wan(18)),
        goals=["2026年为全县4200户农村家庭更新户户通设备，10月底前完成安装调试，设备安装验收"
               "合格率不低于98%。"],
    )  # fmt: skip
    late = mk("2027年3月31日前", "Y102", "error", alt=("D104",),
              note="a one-year 2026 project, and the goal says 10月底前")  # fmt: skip
    misplaced = mk("户户通设备安装验收合格率", "F201", "warning", row=True,
                   note="a 合格率 is a 质量 indicator")  # fmt: skip
    cap = mk("360元/户", "T117", "warning", note="a cost cap without operator: ≤360元/户")
    indicators(s, (*ONE, "评价标准"), [
        ("产出指标", "数量指标", "户户通设备更新户数", "≥4200户", "以入户验收单为准"),
        (None, None, "乡镇安装服务队数量", "≥12支", None),
        (None, "质量指标", "更新设备开通率", pct(1), None),
        (None, "时效指标", misplaced, "≥98%", "抽查验收"),
        (None, None, "设备安装调试完成时间", late, None),
        ("成本指标", "经济成本指标", "户均设备安装成本", cap, None),
        ("效益指标", "社会效益指标", "农村家庭可收看广播电视节目套数", "≥60套", None),
        (None, "可持续影响指标", "户户通售后服务网络", "健全", None),
        ("满意度指标", "服务对象满意度指标", "农村用户满意度", "≥90%", "抽样调查"),
    ])  # fmt: skip
    sign(s, "袁成蹊", "史乐宁", "0743-6605128", "填报日期：2025年11月25日")
    return b


def _block(s: Sheet, rows: list[tuple[object, ...]], sub: int) -> None:
    """One tier-1 block of ru11 and its 小计 row."""
    s.table(rows, merged=(1, 2))
    s.row("小计", None, None, None, sub, merge=[(1, 4)])


@variant("ru11-dept-code-subtotals", (4, 5, 10), "department table, NAT-2021, a unit-code row, "
         "tier-1 labels with a leading *, ★ core indicators, a 小计 row after each tier-1 block "
         "and a 合计 row (weights 100, not 200) (correct)")  # fmt: skip
def ru11() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="青萝县应急管理局",
        budget=[(wan(938.6), wan(908.6), wan(30), wan(588.6), wan(350))],
        tasks=[("应急广播预警信息发布", "接入县应急广播平台", wan(120), "预警到村到户"),
               ("森林消防专业队伍建设", "队伍训练和装备", wan(150), "队员≥60人"),
               ("消防安全宣传培训", "宣传培训进乡村", wan(80), "培训≥3000人次"),
               ("金额合计", None, wan(350), None)],
        goal="2026年健全县乡村三级应急广播预警发布体系，建设森林消防专业队伍，开展消防安全"
             "宣传培训，全县较大以上火灾事故起数为0。",
    )  # fmt: skip
    s.row("单位编码：512003", None, None, "金额单位：万元", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重")
    _block(s, [
        ("*产出指标", "数量指标", "★预警信息发布覆盖行政村数量", "≥186个", 15),
        (None, None, "森林消防专业队员人数", "≥60人", 10),
        (None, "质量指标", "★预警信息发布准确率", pct(1), 10),
        (None, "时效指标", "预警信息发布时间", "≤15分钟", 5),
    ], 40)  # fmt: skip
    _block(s, [("*成本指标", "经济成本指标", "森林消防队员人均年训练装备经费", "≤2.5万元/人",
                20)], 20)  # fmt: skip
    _block(s, [
        ("*效益指标", "社会效益指标", "较大以上火灾事故起数", "=0起", 15),
        (None, "可持续影响指标", "应急广播预警发布机制", "健全", 15),
    ], 30)  # fmt: skip
    _block(s, [("*满意度指标", "服务对象满意度指标", "基层群众满意度", "≥90%", 10)], 10)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "江澈", "容海燕", "0744-8239561")
    return b


@variant("ru12-publicity-repeat-duplicate", (4,), "one-year project, NAT-2021, the header "
         "repeated after a page break with the tiers restated: the same 活动场次 on both pages "
         "with different values, a 合格率 =95%")  # fmt: skip
def ru12() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="“119”消防宣传月系列活动项目", dept="江屿市消防救援支队（103）",
        unit="江屿市消防救援支队", money=one_year_money(wan(96), wan(90), wan(6)),
        goals=["2026年开展消防宣传进社区活动48场，培训市民6000人次，通过应急广播每日播发消防"
               "安全提示，市民消防安全知识知晓率提高5个百分点。"],
    )  # fmt: skip
    first = mk("≥48场", "D102", "error", row=True, required=False, note="the other row of the pair")
    again = mk("≥36场", "D102", "error", row=True, alt=("D101", "D103"),
               note="the same indicator as on the first page with another value")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "消防宣传进社区活动场次", first),
        (None, None, "市民消防安全培训人次", "≥6000人次"),
        (None, None, "应急广播播发消防安全提示次数", "≥365次"),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "消防宣传进社区活动场次", again),
        (None, "质量指标", "消防培训考核合格率", mk("=95%", "T107", "warning")),
        (None, "时效指标", "“119”消防宣传月活动完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤60元/人次"),
        ("效益指标", "社会效益指标", "市民消防安全知识知晓率", "提高≥5百分点"),
        (None, "可持续影响指标", "消防宣传常态化工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "活动参与群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表由江屿市消防救援支队防火监督处填报，指标值为年度目标值。", 4)
    sign(s, "段铭泽", "施念秋", "0759-3381647")
    return b
