"""Allocation tables and county shares of transfer payments (下达金额, 本级配套, 分解指标)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout59.common import region_head, signature
from tests.variants.holdout59.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, mk, money, ok, pct


def county_head(s: Sheet, *, title: str, county: str, dept: str, fund: str,
                money_row: tuple[object, ...], goal: str) -> None:  # fmt: skip
    """A county's share: (上级下达, 其中中央, 省级, 本级配套, 资金总额) in 万元."""
    s.title(title, 6)
    s.row("资金名称", fund, None, None, None, None, merge=[(2, 6)])
    s.row("县（市、区）", county, None, "主管部门", dept, None, merge=[(2, 3), (5, 6)])
    s.row("资金情况（万元）", "上级下达金额", "其中：中央", "省级", "本级配套", "资金总额")
    s.row(None, *money_row)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", goal, merge=[(2, 6)])


@variant("jq07-county-share-ok", (12,), "county share table, 全市 and 本县 value columns, ★")
def jq07() -> Book:
    b = Book()
    s = b.sheet("绩效目标分解表", (14, 16, 32, 14, 14, 16))
    county_head(
        s,
        title="2025年中央财政衔接推进乡村振兴补助资金绩效目标分解表",
        county="松岭县",
        dept="松岭县农业农村局",
        fund="中央财政衔接推进乡村振兴补助资金（松岭县）",
        money_row=(money(2860), money(2200), money(660), money(300), money(3160)),
        goal="支持发展联农带农产业项目18个、小型公益性基础设施项目9个，带动脱贫户1300户增收，"
        "脱贫人口人均纯收入增幅不低于8%。",
    )
    s.row("一级指标", "二级指标", "三级指标", "全市指标值", "本县分解值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "支持联农带农产业项目个数", "≥120个", "≥18个", None),
            (None, None, "小型公益性基础设施项目个数", "≥60个", "≥9个", None),
            (None, None, "★脱贫劳动力务工就业人数", "≥52000人", "≥7600人", "核心指标"),
            (None, "质量指标", "项目验收合格率", pct(1), pct(1), None),
            (None, "时效指标", "项目开工及时率", "≥95%", "≥95%", "资金下达后3个月内"),
            (None, "成本指标", "公益性基础设施项目平均补助", "≤50万元/个", "≤50万元/个", None),
            ("效益指标", "经济效益指标", "★脱贫人口人均纯收入增幅", "≥8%", "≥8%", "核心指标"),
            (None, "社会效益指标", "带动脱贫户户数", "≥9000户", "≥1300户", None),
            (None, "可持续影响指标", "项目资产确权登记率", pct(1), pct(1), None),
            ("满意度指标", "服务对象满意度指标", "受益脱贫群众满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "松岭县农业农村局", "2025年3月6日")
    return b


@variant("jq08-share-above-whole", (12,), "county detail lines, 中央 share above the line's amount")
def jq08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 14, 14, 14))
    county_head(
        s,
        title="2025年度城镇保障性安居工程补助资金绩效目标表（白沙河区）",
        county="白沙河区",
        dept="白沙河区住房和城乡建设局",
        fund="城镇保障性安居工程补助资金（老旧小区改造）",
        money_row=(money(1420), money(1060), money(360), money(180), money(1600)),
        goal="改造城镇老旧小区14个、惠及居民3100户，完成加装电梯24部。",
    )
    s.row("资金分配明细（万元）", "街道", "改造小区（个）", "分配金额", "其中：中央", "省级")
    top = s.r
    lines = [
        ("城东街道", 4, money(420), money(320), money(100)),
        # 中央 220 + 省级 40 = 260 above the line's 180
        ("城西街道", 3, mk(money(180), "B101", "error", row=True, alt=("B102",),
                          note="中央220+省级40=260，大于分配金额180"), money(220), money(40)),
        ("河口街道", 4, money(440), money(320), money(120)),
        ("望江街道", 3, money(380), money(280), money(100)),
    ]  # fmt: skip
    for line in lines:
        s.row(None, *line)
    s.row(
        None,
        "合计",
        14,
        money(1420),
        ok(money(1060), "error", note="中央列明细合计1140，城西街道一行错误的后果"),
        money(360),
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "改造老旧小区个数", "≥", 14, "个"),
            (None, None, "惠及居民户数", "≥", 3100, "户"),
            (None, None, "加装电梯数量", "≥", 24, "部"),
            (
                None,
                "质量指标",
                "改造工程竣工验收合格率",
                "≥",
                mk(pct(1.02), "T106", "error"),
                "%",
            ),
            (None, "时效指标", "年度改造任务完成率", "≥", pct(0.95), "%"),
            (None, "成本指标", "户均改造财政补助", "≤", 0.52, "万元/户"),
            ("效益指标", "社会效益指标", "改造小区物业管理覆盖率", "≥", pct(0.8), "%"),
            (None, None, "改造小区消防安全隐患整改率", "=", pct(1), "%"),
            (None, "可持续影响指标", "改造后长效管理机制", "定性", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    signature(s, "白沙河区住房和城乡建设局", "2025年3月12日")
    return b


@variant("jq09-multi-year-region-ok", (8, 12), "three-year transfer project, 中期 and 年度 columns")
def jq09() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (16, 16, 32, 16, 16, 14))
    project_head(
        s,
        year=2024,
        years=3,
        title="2025年度重点流域水环境综合治理专项资金绩效目标表",
        name="梅溪流域水环境综合治理项目",
        dept="青岚市生态环境局（318001）",
        unit="青岚市梅溪流域治理中心",
        attr="延续项目",
        money=[
            ("实施期资金总额", money(18600), "年度资金总额", money(6200)),
            ("其中：中央补助", money(12000), "其中：中央补助", money(4000)),
            ("省级补助", money(4200), "省级补助", money(1400)),
            ("市县配套", money(2400), "市县配套", money(800)),
        ],
        goals=[
            "2024—2026年新建污水管网180公里、新增污水处理能力6万吨/日、清淤疏浚河道45公里，"
            "梅溪流域国控断面水质优良比例达到80%以上。",
            "2025年新建污水管网60公里、新增污水处理能力2万吨/日、清淤疏浚河道15公里，"
            "国控断面水质优良比例达到75%以上。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "新建污水管网长度", "≥180公里", "≥60公里", None),
            (None, None, "新增污水处理能力", "≥6万吨/日", "≥2万吨/日", None),
            (None, None, "河道清淤疏浚长度", "≥45公里", "≥15公里", None),
            (None, "质量指标", "工程验收合格率", pct(1), pct(1), None),
            (None, None, "污水处理厂出水达标率", "≥95%", "≥95%", None),
            (None, "时效指标", "年度投资计划完成率", "≥90%", "≥90%", None),
            (None, "成本指标", "污水管网每公里建设成本", "≤80万元/公里", "≤80万元/公里", None),
            ("效益指标", "生态效益指标", "流域国控断面水质优良比例", "≥80%", "≥75%", None),
            (None, None, "城市生活污水集中收集率", "≥70%", "≥65%", None),
            (None, "可持续影响指标", "工程运行维护机制", "健全", "健全", None),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "青岚市生态环境局", "2025年1月16日")
    return b


@variant("jq10-standard-far", (12,), "project layout, 资助标准 × 人数 ten times the money")
def jq10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 32, 16, 16, 14))
    project_head(
        s,
        year=2025,
        title="2025年度学生资助补助经费项目支出绩效目标表",
        name="普通高中家庭经济困难学生国家助学金",
        dept="梅坞县教育局（204001）",
        unit="梅坞县学生资助管理中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(136), "其中：中央补助", money(96)),
            ("省级补助", money(28), "县级配套", money(12)),
        ],
        goals=["按每生每年2000元标准资助普通高中家庭经济困难学生6800人，做到应助尽助。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "资助普通高中家庭经济困难学生人数", "≥6800", "人", None),
            (
                None,
                None,
                "家庭经济困难学生资助覆盖率",
                mk("6800人", "T105", "error"),
                None,
                None,
            ),
            (None, "质量指标", "资助对象认定准确率", "≥98%", "%", None),
            (None, None, "资助资金足额发放率", "100%", "%", None),
            (None, "时效指标", "资助资金发放及时率", "≥95%", "%", "每学期开学后2个月内"),
            (
                None,
                "成本指标",
                "国家助学金资助标准",
                mk(
                    "≤2000", "B107", "warning", row=True, note="2000元×6800人=1360万元，资金136万元"
                ),
                "元/生·年",
                None,
            ),
            ("效益指标", "社会效益指标", "家庭经济困难学生因贫辍学人数", "=0", "人", None),
            (None, None, "资助政策知晓率", "≥95%", "%", None),
            (None, "可持续影响指标", "学生资助工作长效机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥90%", "%", None),
        ],
        merged=(1, 2),
    )
    signature(s, "梅坞县教育局", "2025年2月20日")
    return b


def subsidy_block(s: Sheet, *, county: str, area: float, households: float, total: float,
                  central: float, province: float, first: bool) -> None:  # fmt: skip
    """One county's 耕地地力保护补贴 table: 105 元/亩 × 面积 = the money."""
    if first:
        s.title("2025年耕地地力保护补贴资金绩效目标表（县级分解）", 6)
    else:
        s.skip(2)
        s.row(f"（{county}）", None, None, None, None, None, merge=[(1, 6)])
    s.row("资金名称", "耕地地力保护补贴资金", None, "县（市、区）", county, None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("下达资金（万元）", "合计", C(total, WAN), "其中：中央", C(central, WAN),
          f"省级：{province:g}万元")  # fmt: skip
    s.row("年度总体目标", f"按105元/亩标准对{area:g}万亩计税耕地发放补贴，惠及农户"
          f"{households:g}万户，补贴资金一卡通兑付到户。", merge=[(2, 6)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    rows = [
        ("产出指标", "数量指标", "补贴发放面积", f"≥{area:g}万亩", None, None),
        (None, None, "补贴农户数", f"≥{households:g}万户", None, None),
        (None, "质量指标", "补贴资金兑付率", pct(1), None, None),
        (None, None, "补贴面积核实准确率", "≥98%", None, None),
        (None, "时效指标", "补贴资金兑付及时率", "≥95%", None, "6月30日前兑付"),
        (None, "成本指标", "亩均补贴标准", "≤105元/亩", None, None),
        ("效益指标", "经济效益指标", "种粮农户亩均增收", "≥105元/亩", None, None),
        (None, "生态效益指标", "秸秆综合利用率", "≥92%", None, None),
        (None, "可持续影响指标", "补贴与耕地地力保护挂钩机制", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "种粮农户满意度", "≥90%", None, None),
    ]
    for r in rows:
        s.row(*r, merge=[(4, 5)])
    top = s.r - len(rows) + 1
    s.ws.merge_cells(start_row=top, start_column=1, end_row=top + 5, end_column=1)
    s.ws.merge_cells(start_row=top + 6, start_column=1, end_row=top + 8, end_column=1)
    s.ws.merge_cells(start_row=top, start_column=2, end_row=top + 1, end_column=2)
    s.ws.merge_cells(start_row=top + 2, start_column=2, end_row=top + 3, end_column=2)


@variant("jq11-stacked-counties-ok", (2, 12), "two counties' tables stacked in one sheet")
def jq11() -> Book:
    b = Book()
    s = b.sheet("县级分解", (14, 16, 30, 14, 10, 16))
    subsidy_block(s, county="临溪县", area=62, households=8.6, total=6510, central=4557,
                  province=1953, first=True)  # fmt: skip
    subsidy_block(s, county="梅坞县", area=38, households=5.1, total=3990, central=2793,
                  province=1197, first=False)  # fmt: skip
    s.skip()
    s.row("填报单位：青岚市农业农村局（汇总）", None, None, "填报日期：2025年4月2日")
    return b


@variant(
    "jq12-flat-defects", (3, 11), "flat list with direction, operator, unit and weight columns"
)
def jq12() -> Book:
    b = Book()
    s = b.sheet("就业补助资金", (30, 10, 10, 12, 12, 10))
    region_head(
        s,
        title="2025年就业补助资金绩效目标表",
        name="就业补助资金（青岚市）",
        central="人力资源社会保障部",
        local="青岚市人力资源和社会保障局",
        money=(money(4800), money(3200), money(1000), money(600)),
        goal="全年城镇新增就业3.5万人，城镇调查失业率控制在5.5%以内，开展补贴性职业技能培训"
        "2.2万人次，零就业家庭动态清零。",
    )
    s.row("指标名称", "指标方向", "比较符", "指标值", "计量单位", "权重")
    rows = [
        ("城镇新增就业人数", "正向", "≥", 3.5, "万人", 10),
        ("失业人员再就业人数", "正向", "≥", 9000, "人", 10),
        ("补贴性职业技能培训人次", "正向", "≥", 2.2, "万人次", 10),
        ("培训后取得证书人员比例", "正向", "≥", pct(0.6), "%", 10),
        ("就业困难人员实现就业人数", "正向", "≥", 2600, "人", 10),
        ("补贴资金发放准确率", "正向", "=", pct(1), "%", 10),
        ("城镇调查失业率", "反向", mk("≥", "T108", "warning", row=True), pct(0.055), "%", 10),
        ("零就业家庭动态清零率", "正向", "=", pct(1), "%", 10),
        ("人均培训补贴成本", "反向", "≤", 1500, "元/人次", 5),
        ("补贴对象满意度", "正向", "≥", pct(0.9), "%", 10),
    ]
    for r in rows:
        s.row(*r)
    b.file_mark("W101", "error", note="权重 10×9+5=95，应为100")
    signature(s, "青岚市人力资源和社会保障局", "2025年1月25日")
    return b
