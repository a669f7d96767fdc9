"""Returns with several sheets as units send them back: an instructions sheet, a 汇总 sheet that
is no goal table, hidden 下拉选项 / 参数 sheets, one sheet per project, formulas for totals with
the values Excel cached (items 4, 7, 12)."""

from __future__ import annotations

from tests.variants.holdout22.forms import FBook, goal, head, indicators, signature
from tests.variants.holdout22.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok, pct

Y = 2026


def _instructions(b: FBook) -> None:
    s = b.sheet("填报说明", (80,))
    s.row("填报说明")
    s.row("1. 本表金额单位为万元，保留两位小数。")
    s.row("2. 一级、二级指标请从下拉选项中选择，三级指标由单位根据项目实际设置。")
    s.row("3. 指标值应细化、量化，定量指标请写明比较符和计量单位。")
    s.row("4. 请于2025年11月28日前将电子版报送县财政局预算股。")


def _choices(b: FBook) -> None:
    s = b.sheet("下拉选项", (16, 18, 10))
    s.row("成本指标", "经济成本指标", "≥")
    s.row("产出指标", "数量指标", "≤")
    s.row("效益指标", "质量指标", "=")
    s.row("满意度指标", "时效指标", None)
    s.row(None, "社会效益指标")
    s.row(None, "服务对象满意度指标")
    s.ws.sheet_state = "hidden"


def _summary(b: FBook, lines: list[tuple[str, str, float, float]]) -> None:
    s = b.sheet("汇总", (6, 30, 22, 14, 14, 14))
    s.title(f"{Y}年度项目支出绩效目标汇总表", 6)
    s.row("序号", "项目名称", "实施单位", "资金总额（万元）", "其中：财政拨款", "其他资金")
    top = s.r + 1
    for i, (name, unit, fiscal, other) in enumerate(lines, start=1):
        r = s.row(i, name, unit, None, money(fiscal), money(other))
        b.formula(s, r, 4, f"=E{r}+F{r}", money(fiscal + other))
    r = s.row("合计", None, None, None, None, None, merge=[(1, 3)])
    for c, letter in ((4, "D"), (5, "E"), (6, "F")):
        total = sum(x[2] + x[3] if c == 4 else x[c - 3] for x in lines)
        b.formula(s, r, c, f"=SUM({letter}{top}:{letter}{r - 1})", money(round(total, 2)))


def _money(b: FBook, s: Sheet, fiscal: float, other: float, total: object = None) -> None:
    r = s.row("项目资金（万元）", "年度资金总额", None, "其中：财政拨款", money(fiscal, WAN))
    s.row(None, None, None, "其他资金", money(other, WAN))
    s.ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    s.ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
    if total is None:
        b.formula(s, r, 3, f"=E{r}+E{r + 1}", money(fiscal + other, WAN))
    else:
        s.put(r, 3, total)


@variant(
    "if01-sheets-ok",
    (4, 7, 12),
    "two project sheets, 汇总 and 填报说明 sheets, "
    "hidden 下拉选项, formula totals with cached "
    "values, NAT-2021",
)
def if01() -> Book:
    b = FBook()
    _instructions(b)
    _summary(b, [("农机购置与应用补贴", "临川县农业机械化服务中心", 300, 20),
                 ("枫塘渡口安全改造", "临川县交通运输局", 260, 20)])  # fmt: skip
    s = b.sheet("项目1-农机补贴")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="农机购置与应用补贴", dept="临川县农业农村局（311）",
         unit="临川县农业机械化服务中心", start=day(Y, 1, 1), end=day(Y, 12, 31))  # fmt: skip
    _money(b, s, 300, 20)
    goal(s, "对购置符合条件农机具的农户和农机合作社给予补贴，提升主要农作物生产机械化水平。")
    indicators(s, [
        ("成本指标", "经济成本指标", "单台（套）农机平均补贴", "≤1.2万元/台"),
        ("产出指标", "数量指标", "补贴农机具数量", "≥250台"),
        (None, None, "受益农户及合作社数量", "≥180户"),
        (None, "质量指标", "补贴机具核验合格率", pct(1)),
        (None, "时效指标", "补贴资金兑付时间", f"{Y}年11月30日前"),
        ("效益指标", "经济效益指标", "农机作业亩均节本", "≥40元/亩"),
        (None, "社会效益指标", "主要农作物耕种收综合机械化率", pct(0.82)),
        (None, "可持续影响指标", "农机补贴长效监管机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受补贴农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, day(Y - 1, 11, 26, 'yyyy"年"m"月"d"日"'))
    s = b.sheet("项目2-渡口改造")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="枫塘渡口安全改造", dept="临川县交通运输局（318）", unit="临川县交通运输局",
         start=day(Y, 3, 1), end=day(Y, 11, 30), attr="一次性项目")  # fmt: skip
    _money(b, s, 260, 20)
    goal(s, "完成枫塘、下溪等6处渡口码头、候船棚和安全设施改造，保障沿线群众渡运安全。")
    indicators(s, [
        ("成本指标", "经济成本指标", "单处渡口改造成本", "≤45万元/处"),
        ("产出指标", "数量指标", "改造渡口数量", "6处"),
        (None, "质量指标", "工程竣工验收合格率", pct(1)),
        (None, "时效指标", "改造完工时间", f"{Y}年10月底前"),
        ("效益指标", "社会效益指标", "渡运安全责任事故", ok("0起", note="零事故目标")),
        (None, "可持续影响指标", "改造设施设计使用年限", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", pct(0.9)),
    ])  # fmt: skip
    signature(s, day(Y - 1, 11, 27, 'yyyy"年"m"月"d"日"'))
    _choices(b)
    return b


@variant(
    "if02-sheets-money",
    (4, 12),
    "汇总 sheet and one project sheet, hidden "
    "参数 sheet, a typed total that does not "
    "add up, no 满意度指标, a rate without %",
)
def if02() -> Book:
    b = FBook()
    _summary(b, [("城乡居民职业技能培训", "桐溪县就业服务中心", 420, 60)])
    s = b.sheet("项目表")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="城乡居民职业技能培训", dept="桐溪县人力资源和社会保障局（205）",
         unit="桐溪县就业服务中心", start=day(Y, 1, 1), end=day(Y, 12, 31))  # fmt: skip
    _money(b, s, 420, 60, total=mk(money(500, WAN), "B101", "error", note="420+60=480"))
    goal(s, "面向农村转移劳动力和失业人员开展电工、养老护理、电商等职业技能培训。")
    indicators(s, [
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤2000元/人"),
        ("产出指标", "数量指标", "培训人数", "≥2200人"),
        (None, "质量指标", "培训考核合格率",
         mk("≥95", "T105", "error", alt=("T104", "T116"), note="rate without %")),
        (None, "时效指标", "培训补贴发放时限", "≤30个工作日"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥60%"),
        (None, "可持续影响指标", "职业技能培训补贴制度", "持续执行"),
    ])  # fmt: skip
    b.file_mark("F106", "error", note="NAT-2021 without 满意度指标 on a training project")
    signature(s, "2025.11.25")
    p = b.sheet("参数", (14, 20))
    p.row("预算年度", Y)
    p.row("单位编码", "205003")
    p.row("金额单位", "万元")
    p.ws.sheet_state = "hidden"
    return b


@variant(
    "if03-column-c-ok",
    (4, 7),
    "OLD-NAT from column C, two-line header, "
    "header repeated after a page break, 计量单位 "
    "column, hidden 参数 sheet, notes and "
    "signatures",
)
def if03() -> Book:
    b = FBook()
    s = b.sheet("绩效目标表", (3, 3, 14, 14, 30, 14, 10))
    s.skip()
    r = s.row(f"{Y}年度项目支出绩效目标申报表", col=3)
    s.ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    s.row("单位：万元", col=7)
    s.row("项目名称", "社区老年食堂运营补助", None, "实施单位", "云岫县民政局", col=3,
          merge=[(4, 5)])  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(Y, 1, 1), None, col=3)
    s.row("计划完成日期", day(Y, 12, 31), None, "项目资金", money(80, "#,##0.00"), col=3)
    s.row("年度绩效目标", "支持全县12个社区老年食堂运营，为高龄、独居老人提供助餐服务。", col=3,
          merge=[(4, 7)])  # fmt: skip

    def header() -> None:
        r = s.row("绩效指标", None, None, "指标值", "计量单位", col=3, merge=[(3, 5)])
        s.row("一级指标", "二级指标", "三级指标", None, None, col=3)
        for c in (6, 7):
            s.ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)

    header()
    s.table([
        ("产出指标", "数量指标", "运营补助老年食堂数量", "12", "个"),
        (None, None, "日均助餐服务人次", "≥600", "人次"),
        (None, "质量指标", "食品安全抽检合格率", pct(1), "%"),
        (None, "时效指标", "运营补助拨付", "按季度及时拨付", None),
        (None, "成本指标", "每餐助餐补助标准", "≤3", "元/餐"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.skip()
    s.row("（续表）", col=3)
    header()
    s.table([
        ("效益指标", "社会效益指标", "高龄独居老人助餐覆盖率", pct(0.6), "%"),
        (None, "可持续影响指标", "老年食堂持续运营年限", "≥3", "年"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", pct(0.9), "%"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.row("注：1.日均助餐服务人次按全年营业日平均计算；2.本表一式两份。", col=3)
    signature(s, day(Y - 1, 11, 18), col=3)
    p = b.sheet("参数", (14, 20))
    p.row("预算年度", Y)
    p.row("单位编码", "402001")
    p.ws.sheet_state = "hidden"
    return b


@variant(
    "if04-summary-wrong-parent",
    (4, 5),
    "汇总 sheet and a project sheet with "
    "numbered tier labels; a tier-2 under the "
    "wrong tier-1, a duplicated indicator",
)
def if04() -> Book:
    b = FBook()
    _summary(b, [("乡村道路养护", "石碾乡人民政府", 150, 0)])
    s = b.sheet("乡村道路养护")
    s.title(f"{Y}年度项目支出绩效目标申报表", 6)
    head(s, name="乡村道路养护", dept="鹤汀县交通运输局（318）", unit="石碾乡人民政府",
         start=day(Y, 1, 1), end=day(Y, 12, 31))  # fmt: skip
    _money(b, s, 150, 0)
    goal(s, "完成全乡86公里农村公路日常养护和3处危桥加固。")
    indicators(s, [
        ("一、成本指标", "1.经济成本指标", "每公里年养护成本", "≤1.2万元/公里"),
        ("二、产出指标", "1.数量指标", "日常养护农村公路里程", "≥86公里"),
        (None, None, "危桥加固数量", "3座"),
        (None, "2.质量指标", "养护路段优良路率", "≥75%"),
        (None, mk("3.社会效益指标", "F105", "error"), "群众出行条件", "明显改善"),
        (None, "4.时效指标", "危桥加固完成时间", f"{Y}年9月30日前"),
        ("三、效益指标", "1.社会效益指标", "农村公路列养率", pct(1)),
        (None, "2.可持续影响指标", "养护长效机制", "建立并执行"),
        (None, None, mk("危桥加固数量", "D101", "warning", row=True, alt=("D102",)), "3座"),
        ("四、满意度指标", "1.服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, day(Y - 1, 12, 2))
    return b


@variant(
    "if18-department-ok",
    (12,),
    "部门整体 with formula totals, 年度主要任务 with 金额合计 formula, hidden 下拉选项",
)
def if18() -> Book:
    b = FBook()
    s = b.sheet("部门整体绩效目标表")
    s.title(f"{Y}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", "白鹭湾区文化和旅游局", None, "填报日期", "2025年11月",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    r = s.row(None, None, money(1860, "#,##0.00"), money(140, "#,##0.00"),
              money(760, "#,##0.00"), money(1240, "#,##0.00"))  # fmt: skip
    b.formula(s, r, 2, f"=C{r}+D{r}", money(2000, "#,##0.00"))
    s.ws.merge_cells(start_row=r - 1, start_column=1, end_row=r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    s.row(None, "公共文化服务", "图书馆、文化馆免费开放，送戏下乡", money(520),
          "免费开放全年不间断", merge=[(5, 6)])  # fmt: skip
    s.row(None, "文物保护", "3处区级文物保护单位修缮", money(460), "修缮工程按期完工",
          merge=[(5, 6)])  # fmt: skip
    s.row(None, "旅游推广", "湾区文旅节、线上宣传推广", money(260), "游客接待量稳步增长",
          merge=[(5, 6)])  # fmt: skip
    r = s.row(None, "金额合计", None, None, None, None, merge=[(5, 6)])
    b.formula(s, r, 4, f"=SUM(D{top + 1}:D{r - 1})", money(1240))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=r, end_column=1)
    goal(s, "目标1：公共文化设施免费开放，全年开展送戏下乡120场；\n"
         "目标2：完成3处文物保护单位修缮；\n"
         "目标3：办好湾区文旅节，提升区域文旅知名度。", label="年度总体目标")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "送戏下乡场次", "≥120场"),
        (None, None, "文物保护单位修缮数量", "3处"),
        (None, "质量指标", "修缮工程验收合格率", "100%"),
        (None, "时效指标", "修缮工程完工时间", f"{Y}年11月底前"),
        ("成本指标", "经济成本指标", "单场送戏下乡补助", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "公共文化设施年接待人次", "≥35万人次"),
        (None, None, "游客接待量较上年增长", pct(0.05)),
        (None, "可持续影响指标", "文物日常巡查制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", pct(0.92, "0.0%")),
    ])  # fmt: skip
    _choices(b)
    return b
