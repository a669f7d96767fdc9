"""Department returns in a provincial 履职效能 / 管理效率 / 满意度 framework with points at two
levels, tables with separate 比较符 / 计量单位 / 指标性质 / 指标方向 columns, conversion
artefacts, template rows, and a table broken over a page."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout21.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, ok, pct

NUM = "#,##0.00"
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
COLUMNS = (
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "比较符",
    "指标值",
    "计量单位",
    "指标方向",
)


def _n(v: float) -> C:
    return C(v, NUM)


def _simple_head(s: Sheet, year: int, dept: str, money: tuple[C, C, C], width: int) -> None:
    s.title(f"{year}年度部门整体支出绩效目标表", width)
    s.row("部门（单位）名称", dept, None, "填报日期", day(year - 1, 11, 25), merge=[(2, 3)])
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金")
    s.row(None, *money)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


@variant("ie03-provincial-points-ok", (5, 10), "department, 履职效能/管理效率/满意度, points twice")
def ie03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 8, 16, 30, 16, 8))
    department_head(
        s,
        year=2025,
        dept="桐溪县市场监督管理局",
        budget=[(_n(1860), _n(1800), _n(60), _n(1410), _n(450))],
        tasks=[
            ("食品安全抽检", "对生产、流通、餐饮环节食品开展监督抽检", _n(200), "抽检1200批次"),
            ("特种设备安全监管", "电梯、锅炉等特种设备定期检验", _n(150), "定期检验率98%以上"),
            ("知识产权保护", "商标专利侵权查处和宣传", _n(100), "查处案件不少于20件"),
            ("金额合计", None, _n(450), None),
        ],
        goal="目标1：完成食品安全抽检1200批次；目标2：特种设备定期检验率达到98%以上；"
        "目标3：预算执行率不低于95%，市场主体满意度达到90%以上。",
    )
    s.row(*SCORED)
    s.table(
        [
            ("履职效能", 60, "重点工作完成", "食品安全抽检批次", "≥1200批次", 10),
            (None, None, None, "特种设备定期检验率", "≥98%", 10),
            (None, None, None, "知识产权侵权案件查处数", "≥20件", 10),
            (None, None, "履职效益", "食品安全抽检合格率", "≥97%", 10),
            (None, None, None, "消费投诉按期办结率", "=100%", 10),
            (None, None, None, "营商环境", "持续优化", 10),
            ("管理效率", 30, "预算管理", "预算执行率", "≥95%", 8),
            (None, None, None, "“三公”经费控制率", "≤100%", 6),
            (None, None, "采购管理", "政府采购执行率", "≥90%", 6),
            (None, None, "资产管理", "固定资产账实相符率", pct(1), 5),
            (None, None, None, "资产管理制度", "健全", 5),
            ("满意度", 10, "服务对象满意度", "市场主体满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("ie04-provincial-points-wrong", (5, 10, 1), "department, 履职效能 framework, points off")
def ie04() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 8, 16, 30, 16, 8))
    department_head(
        s,
        year=2025,
        dept="望江市统计局",
        budget=[(_n(960), _n(930), _n(30), _n(780), _n(180))],
        tasks=[
            ("经济普查", "第五次全国经济普查数据处理和发布", _n(120), "按时发布普查公报"),
            ("统计执法检查", "统计造假弄虚作假专项检查", _n(40), "检查企业150家"),
            ("数据质量核查", "规模以上企业数据抽查", _n(20), "抽查企业300家"),
            ("金额合计", None, _n(180), None),
        ],
        goal="目标1：按时发布经济普查公报；目标2：完成统计执法检查企业150家；"
        "目标3：抽查规模以上企业300家。",
    )
    s.row(*SCORED)
    s.table(
        [
            ("履职效能", mk(60, "W103", "error", note="indicator points add to 55"),
             "重点工作完成", "统计执法检查企业数", "≥150家", 10),
            (None, None, None, "规模以上企业数据抽查数", "≥300家", 10),
            (None, None, None, "统计数据按时发布率", "=100%", 10),
            (None, None, "履职效益", "统计数据质量", "稳步提高", 10),
            (None, None, None, "统计信息社会利用水平", "有效提升", 15),
            ("管理效率", 30, "预算管理", "预算执行率",
             mk("95", "T105", "error", alt=("T116",), note="a rate without %"), 10),
            (None, None, None, "“三公”经费控制率", "≤100%", 10),
            (None, None, "采购管理", "政府采购执行率",
             mk(pct(1.1), "T106", "error", note="110%"), 10),
            ("满意度", 10, "服务对象满意度", "统计数据使用者满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the 55 makes the total 95")
    return b


def _columns_head(s: Sheet) -> None:
    s.row(*COLUMNS)


@variant("ie11-separate-columns-ok", (11, 1), "department, NAT-2021, operator/unit/direction cols")
def ie11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 28, 10, 8, 10, 12, 10))
    _simple_head(s, 2025, "鹤洲区水务局", (_n(2240), _n(2160), _n(80)), 8)
    s.row("年度总体目标", "目标1：完成河道清淤12公里；目标2：维修农村供水工程45处；"
          "目标3：农村自来水水质达标率达到95%以上。", merge=[(2, 8)])  # fmt: skip
    _columns_head(s)
    s.table(
        [
            ("产出指标", "数量指标", "河道清淤长度", "定量", "≥", 12, "公里", "正向"),
            (None, None, "农村供水工程维修处数", "定量", "≥", 45, "处", "正向"),
            (None, "质量指标", "农村自来水水质达标率", "定量", "≥", 95, "%", "正向"),
            (None, None, "供水管网漏损率", "定量", "≤", 12, "%", "反向"),
            (None, "时效指标", "汛期险情响应时间", "定量", "≤", 2, "小时", "反向"),
            ("成本指标", "经济成本指标", "河道清淤单位成本", "定量", "≤", 18, "万元/公里", "反向"),
            (
                "效益指标",
                "社会效益指标",
                "农村供水保障水平",
                "定性",
                None,
                "有效提升",
                None,
                "正向",
            ),
            (None, "生态效益指标", "河道水质断面达标率", "定量", "≥", pct(0.9), "%", "正向"),
            (None, "可持续影响指标", "河湖长效管护机制", "定性", None, "长效运行", None, "正向"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "定量", "≥", 90, "%", "正向"),
        ],
        merged=(1, 2),
    )
    s.row("注：指标值为数值的，计量单位见“计量单位”列。", merge=[(1, 8)])
    return b


@variant("ie12-separate-columns-wrong", (11, 5), "department, NAT-2021, columns, four defects")
def ie12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 28, 10, 8, 10, 12, 10))
    _simple_head(s, 2025, "蒲阳县交通运输局", (_n(3150), _n(2950), _n(200)), 8)
    s.row("年度总体目标", "目标1：完成农村公路养护里程860公里；目标2：农村客运补贴惠及群众12万人；"
          "目标3：道路交通事故发生率控制在3%以内。", merge=[(2, 8)])  # fmt: skip
    _columns_head(s)
    s.table(
        [
            ("产出指标", "数量指标", "农村公路养护里程", "定量", "≥", 860, "公里", "正向"),
            (None, None, "农村客运补贴惠及人数", "定量", "≥",
             mk("12万元", "T112", "error", note="万元 against 人"), "人", "正向"),
            (None, "质量指标", "农村公路优良中等路率", "定量", "≥", 85, "%", "正向"),
            (None, mk("社会效益指标", "F105", "error"), "群众出行便利度", "定性", None,
             "有效提升", None, "正向"),
            (None, "时效指标", "公路水毁抢修响应时间", "定量", "≤", 24, "小时", "反向"),
            ("成本指标", "经济成本指标", "农村公路每公里年养护费", "定量", "≤", 1.2, "万元",
             "反向"),
            (None, None, mk("预算执行率", "F202", "warning", row=True), "定量", "≥", 95, "%",
             "正向"),
            ("效益指标", "经济效益指标", "农村物流配送成本", "定性", None, "逐步降低", None,
             "反向"),
            (None, "可持续影响指标", "道路交通事故发生率", "定量",
             mk("≥", "T108", "warning", row=True, alt=("D104",)), 3, "%", "反向"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "定量", "≥", 90, "%", "正向"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("ie13-pdf-artefacts", (9, 6, 13), "department, NAT-2021, pasted amounts, template rows")
def ie13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2025,
        dept="石埭县林业局",
        budget=[(mk("1205.337 6", "X105", "warning", alt=("X103",)), _n(1085.3376), _n(120),
                 _n(865.3376), _n(340))],
        tasks=[
            ("生态护林员补助", "聘用生态护林员巡山护林",
             mk("120万120万", "X106", "error", alt=("B108",)), "聘用护林员200人"),
            ("森林防火", "防火物资储备和火情监测", _n(140), "全年无重大森林火灾"),
            ("林业有害生物防治", "松材线虫病疫木清理", _n(80), "防治面积1.5万亩"),
            ("金额合计", None, _n(340), None),
        ],
        goal="目标1：聘用生态护林员200人；目标2：全年无重大森林火灾；"
        "目标3：完成林业有害生物防治1.5万亩。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "生态护林员聘用人数", "≥200人"),
            (None, None, "林业有害生物防治面积", "≥1.5万亩"),
            (None, "质量指标", "林业有害生物成灾率", "≤3‰"),
            (None, "时效指标", "森林火情处置响应时间", "≤1小时"),
            ("成本指标", "经济成本指标", "生态护林员年人均补助", "≤6000元/人"),
            ("效益指标", "社会效益指标", "森林火灾受害率", "≤0.9‰"),
            (None, mk("生态效益指标", "F109", "warning", row=True), None, None),
            (None, "可持续影响指标", mk("", "F110", "error"), "≥68%"),
            ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("ie14-page-break-notes-ok", (4, 9), "department, OLD-NAT, repeated header, notes, pasted")
def ie14() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", (16, 16, 32, 18, 18, 16))
    department_head(
        s,
        year=2025,
        dept="枫亭县民政局",
        budget=[(ok("2,468.00", note="pasted as text"), _n(2300), _n(168), _n(1868), _n(600))],
        tasks=[
            ("困难群众救助", "城乡低保、特困供养和临时救助工作经费", _n(380), "应保尽保"),
            ("养老服务", "居家养老服务补助", _n(150), "服务12000人次"),
            ("殡葬改革", "惠民殡葬补助", _n(70), "惠民殡葬全覆盖"),
            ("金额合计", None, _n(600), None),
        ],
        goal="目标1：城乡低保对象保障5200人；目标2：提供居家养老服务12000人次；"
        "目标3：临时救助审批时限不超过5个工作日。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.row(*head, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "城乡低保对象保障人数", "≥5200人", None),
            (None, None, "特困人员供养人数", "≥860人", None),
            (None, None, "居家养老服务人次", "≥12000人次", None),
            (None, "质量指标", "低保资金社会化发放率", pct(1), None),
            (None, None, "低保对象动态调整准确率", "≥98%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row(*head, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "时效指标", "临时救助审批时限", "≤5个工作日", None),
            (None, "成本指标", "居家养老服务人均补助", "≤120元/人次", None),
            ("效益指标", "社会效益指标", "困难群众基本生活", "得到有效保障", None),
            (None, "可持续影响指标", "社会救助体系", "逐步完善", None),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("注：1.本表金额单位为万元；2.“≥”“≤”表示不低于、不高于。", merge=[(1, 6)])
    s.row("填报说明：一级、二级指标按《项目支出绩效目标申报表》口径填写，三级指标由单位自行设置。",
          merge=[(1, 6)])  # fmt: skip
    s.row("填表人：林小满", None, "审核人：黄国庆", "联系电话：0594-7261135")
    s.row("单位负责人（签字）：", None, None, "填报日期：", day(2024, 11, 20))
    return b
