"""Returns with money in accounting, bracketed and text-with-separator forms, two-line headers,
direction and operator columns, weights with a formula 合计, and a frozen logo area."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout138.office import (
    ACC,
    BRK,
    FX,
    NOTES,
    WAN4,
    WANF,
    OfficeBook,
    cover,
    frame,
    lists,
    notes,
    sign,
)
from tests.variants.holdout138.projects import money_rows
from tests.variants.holdout138.registry import variant
from tests.variants.kit import CN_DATE, C, day, mk, money, ok, pct


@variant(
    "mr04-department-brackets",
    (12,),
    "department, NAT-2021: 本年 / 上年 / 比上年增减 budget lines, the differences as formulas "
    "shown in brackets #,##0.00;(#,##0.00), tasks with a formula 金额合计, weights with a "
    "formula 合计",
)
def mr04() -> OfficeBook:
    b = OfficeBook()
    s = b.sheet("部门整体绩效目标", (16, 18, 30, 16, 16, 16))
    s.skip(3)
    s.title("2026年度部门整体支出绩效目标申报表", 6)
    s.row(
        "部门（单位）名称",
        "岚溪市石屏区文化和旅游局",
        None,
        "填报日期",
        day(2025, 11, 12),
        merge=[(2, 3), (5, 6)],
    )
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    r = s.r + 1
    s.row(
        "本年预算",
        FX(f"=C{r}+D{r}", BRK, cached=1286.4),
        money(1180, BRK),
        money(106.4, BRK),
        money(862.15, BRK),
        money(424.25, BRK),
    )
    s.row(
        "上年预算",
        FX(f"=C{r + 1}+D{r + 1}", BRK, cached=1321.6),
        money(1215, BRK),
        money(106.6, BRK),
        money(850.3, BRK),
        money(471.3, BRK),
    )
    diffs = (-35.2, -35.0, -0.2, 11.85, -47.05)
    s.row(
        "比上年增减",
        *(FX(f"={c}{r}-{c}{r + 1}", BRK, cached=v) for c, v in zip("BCDEF", diffs, strict=True)),
    )
    s.note(r + 2, 6, "项目支出减少主要是一次性设备购置项目到期。")
    s.row(
        "年度主要任务",
        "任务名称",
        "主要实施内容",
        "预算金额（万元）",
        "期望达到的目标",
        None,
        merge=[(5, 6)],
    )
    t = s.r + 1
    tasks = [
        ("文物安全巡查", "全区不可移动文物日常巡查、安防设施维护", 86.4, "全年巡查不少于48次"),
        ("基层公益文化活动", "送戏下乡、广场文化节、村晚", 128.6, "开展活动260场以上"),
        ("图书馆数字化", "地方文献数字化加工、数字资源采购", 95.25, "新增数字资源12TB"),
        ("群众文艺培训", "群众文艺骨干、乡村文化管理员培训", 114, "培训900人次以上"),
    ]
    for name, what, amount, goal in tasks:
        s.row(None, name, what, money(amount, BRK), goal, None, merge=[(5, 6)])
    s.row(
        None,
        "金额合计",
        None,
        FX(f"=SUM(D{t}:D{s.r})", BRK, cached=424.25),
        None,
        None,
        merge=[(5, 6)],
    )
    s.ws.merge_cells(start_row=t - 1, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度总体目标",
        "保障文物安全，丰富基层公共文化供给，提升图书馆数字化服务能力，培养群众文艺骨干队伍。",
        merge=[(2, 6)],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "权重（分）", "备注")
    top = head + 1
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "文物安全巡查次数", "≥48次", 8, None],
        [None, None, "基层公益文化活动场次", "≥260场", 8, None],
        [None, None, "新增馆藏数字资源", "≥12TB", 6, None],
        [None, None, "群众文艺骨干培训人次", "≥900人次", 6, None],
        [None, "质量指标", "文艺骨干培训考核合格率", "≥90%", 6, None],
        [None, None, "数字化资源验收合格率", pct(1), 5, None],
        [None, "时效指标", "年度重点任务按期完成率", "≥95%", 6, None],
        ["成本指标", "经济成本指标", "群众文艺培训人均成本", "≤1200元/人", 5, None],
        ["效益指标", "社会效益指标", "公共文化设施年服务人次", "≥60万人次", 10, None],
        [None, None, "辖区文物保存状况", "良好", 10, "以年度文物安全检查结论为准"],
        [None, "可持续影响指标", "文物安全巡查制度", "建立并执行", 10, None],
        ["满意度指标", "服务对象满意度指标", "群众文化活动参与者满意度", "≥90%", 10, None],
        [None, None, "培训学员满意度", "≥90%", 10, None],
    ]
    s.table(rows, merged=(1, 2))
    s.row(
        "合计", None, None, None, FX(f"=SUM(E{top}:E{s.r})", None, cached=100), None, merge=[(1, 4)]
    )
    frame(s, f"{head}:{head}", f"A{head + 1}")
    sign(s, "邓佩琳", "0739-5206617", "2025年11月12日")
    return b


def text_money(v: str) -> C:
    return ok(v, "warning", note="thousands separator typed as text; the sum is right")


@variant(
    "mr05-three-year-text-thousands",
    (8, 9),
    "three-year project, NAT-2021: money typed as text with thousands separators (1,250.00), a "
    "two-line header over 中期 and 年度 columns, cumulative annual targets below the period's",
)
def mr05() -> OfficeBook:
    b = OfficeBook()
    notes(b, NOTES)
    s = b.sheet("项目绩效目标", (14, 16, 28, 20, 20, 20))
    project_head(
        s,
        year=2026,
        years=3,
        name="澄川县城乡供水一体化管网改造",
        dept="澄川县水利局（215）",
        unit="澄川县城乡供水服务中心",
        attr="新增项目",
        money=[
            ["年度资金总额", text_money("1,250.00"), "中期资金总额", text_money("3,600.00")],
            ["其中：财政拨款", text_money("1,000.00"), "其中：财政拨款", text_money("3,000.00")],
            ["其他资金", text_money("250.00"), "其他资金", text_money("600.00")],
        ],
        goals=[
            "2026—2028年改造供水管网180公里，新建加压泵站9座，农村自来水普及率达到98%以上。",
            "2026年改造供水管网65公里，新建加压泵站3座，更换智能水表1.5万户。",
        ],
    )
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, "", "中期（2026—2028年）", "2026年度", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造供水管网长度", "≥180公里", "≥65公里", None],
        [None, None, "新建加压泵站", "=9座", "=3座", None],
        [None, None, "更换智能水表", "≥4.2万户", "≥1.5万户", None],
        [None, "质量指标", "管网工程验收合格率", pct(1), pct(1), None],
        [None, None, "出厂水水质达标率", pct(1), pct(1), None],
        [None, "时效指标", "改造任务完成时间", "2028年12月31日前", "2026年12月31日前", None],
        ["成本指标", "经济成本指标", "管网改造单位成本", "≤16万元/公里", "≤16万元/公里", None],
        ["效益指标", "社会效益指标", "农村自来水普及率", "≥98%", "≥95%", None],
        [None, None, "受益人口", "≥26万人", "≥9万人", None],
        [None, "生态效益指标", "供水管网漏损率", "≤9%", "≤11%", "逐年下降"],
        [None, "可持续影响指标", "供水管网运维管理制度", "健全", "健全", None],
        ["满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%", None],
    ]
    s.table(rows, merged=(1, 2))
    frame(s, f"{top}:{top + 1}", f"D{top + 2}")
    sign(s, "彭立军", "0739-7118023", "2025年10月20日")
    lists(b)
    return b


@variant(
    "mr06-accounting-rate-over",
    (1, 11),
    "project, OLD-NAT: 会计专用 money, formula totals, unit and operator columns before the value; "
    "an acceptance rate set at ≥105%",
)
def mr06() -> OfficeBook:
    b = OfficeBook()
    cover(b, "项目支出绩效目标申报表", "岚溪市鹤湾区教育局", 2026, "2025年11月6日")
    s = b.sheet("申报表", (14, 14, 28, 12, 10, 16))
    project_head(
        s,
        year=2026,
        name="鹤湾区中小学校舍维修改造",
        dept="岚溪市鹤湾区教育局（305）",
        unit="鹤湾区教育后勤服务中心",
        money=money_rows(5, 512, 480, 32, ACC),
        goals=["完成14所中小学12500平方米校舍维修改造，更新消防设施320套，消除校舍安全隐患。"],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "指标值")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "维修改造校舍面积", "平方米", "≥", 12500],
        [None, None, "改造学校数量", "所", "=", 14],
        [None, None, "更新消防设施", "套", "≥", 320],
        [
            None,
            "质量指标",
            "维修工程验收合格率",
            "%",
            "≥",
            mk(pct(1.05), "T106", "error", note="an acceptance rate above 100%"),
        ],
        [None, None, "校舍安全隐患整改率", "%", "=", pct(1)],
        [None, "时效指标", "暑期施工完成时间", None, "≤", day(2026, 8, 25, CN_DATE)],
        [None, None, "工程款支付及时率", "%", "≥", pct(0.95)],
        [None, "成本指标", "校舍维修单位造价", "元/平方米", "≤", 380],
        ["效益指标", "社会效益指标", "受益学生人数", "人", "≥", 9800],
        [None, "可持续影响指标", "校舍维修档案管理", None, "定性", "规范"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "%", "≥", pct(0.9)],
        [None, None, "学生家长满意度", "%", "≥", pct(0.88)],
    ]
    s.table(rows, merged=(1, 2))
    s.note(head + 8, 6, "参照2025年同类工程结算单价测算。")
    frame(s, f"{head}:{head}", f"A{head + 1}")
    sign(s, "龚一鸣", "0739-6287410", "2025年11月6日")
    return b


@variant(
    "mr07-direction-operator-weights",
    (10, 11),
    "project, NAT-2021: 指标性质 as direction and 指标方向 as operator, a 度量单位 column, weights "
    'adding to 100, money in 0.0000"万元" with formula totals, hidden dropdowns',
)
def mr07() -> OfficeBook:
    b = OfficeBook()
    s = b.sheet("绩效目标", (14, 14, 26, 10, 10, 12, 12, 10))
    s.skip(4)
    project_head(
        s,
        year=2026,
        name="澄川县基层医疗卫生机构能力提升",
        dept="澄川县卫生健康局（221）",
        unit="澄川县基层卫生指导中心",
        money=money_rows(9, 368, 300, 68, WAN4),
        goals=[
            "为基层医疗卫生机构配置设备46台（套），培训乡村医生600人次，"
            "家庭医生签约服务5.2万人，提升基层首诊能力。"
        ],
    )
    head = s.row(
        "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "度量单位", "权重"
    )
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "基层医疗机构设备配置", "正向", "≥", 46, "台（套）", 8],
        [None, None, "乡村医生培训人次", "正向", "≥", 600, "人次", 8],
        [None, None, "家庭医生签约服务人数", "正向", "≥", 52000, "人", 8],
        [None, "质量指标", "设备安装验收合格率", "正向", "≥", pct(0.98), "%", 6],
        [None, None, "乡村医生培训考核合格率", "正向", "≥", pct(0.9), "%", 6],
        [None, "时效指标", "设备采购完成时间", "反向", "≤", day(2026, 8, 31, CN_DATE), None, 5],
        ["成本指标", "经济成本指标", "乡村医生培训人均费用", "反向", "≤", 800, "元/人", 5],
        [None, None, "单台（套）设备平均采购价", "反向", "≤", 5.5, "万元/台", 4],
        ["效益指标", "社会效益指标", "基层医疗机构就诊人次占比", "正向", "≥", pct(0.65), "%", 10],
        [None, None, "县域内住院率", "正向", "≥", pct(0.9), "%", 10],
        [None, "可持续影响指标", "基层医疗设备运维制度", "定性", None, "健全", None, 10],
        ["满意度指标", "服务对象满意度指标", "患者满意度", "正向", "≥", pct(0.9), "%", 10],
        [None, None, "乡村医生满意度", "正向", "≥", pct(0.88), "%", 10],
    ]
    last = s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"D{head + 1}")
    sign(s, "蒋文华", "0739-7240019", "2025年10月31日")
    lists(b, s, f"A{head + 1}:A{last}")
    return b


@variant(
    "mr08-hotline-complaint-rate",
    (11,),
    "project, NAT-2021, one value column with operators and units inside, under a logo area and "
    "a 填报说明 sheet; a complaint rate set with ≥",
)
def mr08() -> OfficeBook:
    b = OfficeBook()
    notes(b, NOTES)
    s = b.sheet("项目支出绩效目标表", (14, 16, 30, 18, 24))
    s.skip(3)
    project_head(
        s,
        year=2026,
        name="鹤湾区12345政务服务便民热线运行保障",
        dept="岚溪市鹤湾区政务服务中心（118）",
        unit="鹤湾区政务服务中心",
        money=money_rows(8, 236.8, 236.8, 0, WANF),
        goals=["保障热线全年7×24小时运行，受理群众诉求不少于18万件，按时办结率95%以上。"],
    )
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "热线受理群众诉求件数", "≥18万件", None],
        [None, None, "热线坐席数量", "=40个", None],
        [None, None, "知识库更新条目", "≥1500条", None],
        [None, "质量指标", "工单按时办结率", "≥95%", None],
        [None, None, "工单回访率", "≥90%", None],
        [
            None,
            None,
            "工单投诉率",
            mk("≥3%", "T108", "warning", row=True, note="a complaint rate is 反向: ≤3% meant"),
        ],
        [None, "时效指标", "热线接通平均等待时长", "≤20秒", None],
        [None, None, "紧急诉求转派时限", "≤30分钟", None],
        ["成本指标", "经济成本指标", "坐席年均运行成本", "≤5.5万元/个", "含人员外包、通信费"],
        ["效益指标", "社会效益指标", "群众诉求解决率", "≥85%", None],
        [None, "可持续影响指标", "热线工单办理考核制度", "健全", None],
        ["满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%", None],
    ]
    s.table(rows, merged=(1, 2))
    frame(s, f"{head}:{head}", f"A{head + 1}")
    sign(s, "钟海燕", "0739-6012345", "2025年11月10日")
    return b
