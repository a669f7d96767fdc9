"""Correct department returns and a multi-sheet return: tasks adding up to 项目支出 only,
several projects on several sheets with a 汇总, qualitative values."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout37.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, Sheet, day, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("iu03-tasks-project-only-ok", (12,), "department, NAT-2021, tasks add up to 项目支出 only")
def tasks_project_only() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2025,
        dept="鸣沙县市场监督管理局",
        budget=[(money(2860.5), money(2700.5), money(160), money(2100.5), money(760))],
        tasks=[
            ("食品安全抽检", "全年抽检食品2400批次", money(310), "问题食品处置率100%"),
            ("特种设备安全监察", "电梯、锅炉等定期检验", money(265.4), "检验覆盖率100%"),
            ("消费维权", "12315投诉举报处置", money(184.6), "按时办结率≥95%"),
            ("金额合计", None, money(760), None),
        ],
        goal="守住食品安全和特种设备安全底线，营造放心消费环境。",
    )
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*HEAD, None, None)
    s.table(
        [
            ("产出指标", "数量指标", "食品安全抽检批次", "≥2400批次"),
            (None, None, "特种设备定期检验台数", "≥5200台"),
            (None, "质量指标", "问题食品核查处置率", pct(1)),
            (None, "时效指标", "12315投诉举报按时办结率", pct(0.95)),
            ("成本指标", "经济成本指标", "单批次抽检成本", "≤1200元/批次"),
            ("效益指标", "社会效益指标", "食品安全事故发生数", "0起"),
            (None, "可持续影响指标", "智慧监管平台应用", "持续应用"),
            ("满意度指标", "服务对象满意度指标", "消费者满意度", pct(0.88)),
        ],
        merged=(1, 2),
    )
    return b


def _project(s: Sheet, name: str, unit: str, total: float, rows: list[tuple[object, ...]]) -> None:
    project_head(
        s,
        year=2025,
        name=name,
        dept="栖霞湾区卫生健康局",
        unit=unit,
        money=[
            ("年度资金总额", C(total, WAN), "其中：财政拨款", C(total, WAN)),
            (None, None, "其他资金", C(0, WAN)),
        ],
        goals=[f"按计划实施{name}，完成年度任务。"],
    )
    s.row(*HEAD, None, None)
    s.table(rows, merged=(1, 2))


@variant("iu07-sheets-summary-ok", (2, 12), "three projects on three sheets with a 汇总 sheet")
def sheets_summary() -> Book:
    b = Book()
    s = b.sheet("汇总", widths=(8, 34, 16, 16, 16))
    s.title("栖霞湾区卫生健康局2025年度项目支出绩效目标汇总表", 5)
    s.row("序号", "项目名称", "年度资金总额（万元）", "财政拨款", "其他资金")
    s.row(1, "基本公共卫生服务区级配套", money(420), money(420), money(0))
    s.row(2, "0-3岁婴幼儿照护服务补助", money(96.5), money(96.5), money(0))
    s.row(3, "院前急救网络运行保障", money(233.25), money(233.25), money(0))
    s.row("合计", None, money(749.75), money(749.75), money(0), merge=[(1, 2)])
    _project(
        b.sheet("基本公卫"),
        "基本公共卫生服务区级配套",
        "栖霞湾区疾病预防控制中心",
        420,
        [
            ("产出指标", "数量指标", "65岁以上老年人健康管理人数", "≥18000人"),
            (None, "质量指标", "居民电子健康档案规范建档率", pct(0.9)),
            ("成本指标", "经济成本指标", "人均区级配套标准", "=15元/人"),
            ("效益指标", "社会效益指标", "重点人群健康管理率", "较上年提高1个百分点"),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
        ],
    )
    _project(
        b.sheet("婴幼儿照护"),
        "0-3岁婴幼儿照护服务补助",
        "栖霞湾区妇幼保健院",
        96.5,
        [
            ("产出指标", "数量指标", "普惠托位补助数", "≥386个"),
            (None, "时效指标", "补助资金拨付时间", "2025年9月30日前"),
            ("成本指标", "经济成本指标", "每个托位补助标准", "≤2500元/个"),
            ("效益指标", "社会效益指标", "每千人口拥有3岁以下婴幼儿托位数", "≥4.5个"),
            ("满意度指标", "服务对象满意度指标", "托育家庭满意度", pct(0.9)),
        ],
    )
    _project(
        b.sheet("院前急救"),
        "院前急救网络运行保障",
        "栖霞湾区急救中心",
        233.25,
        [
            ("产出指标", "数量指标", "120急救站点运行数", "≥9个"),
            (None, "时效指标", "城区平均急救反应时间", "≤12分钟"),
            ("成本指标", "经济成本指标", "急救车辆年运维成本", "≤6.5万元/辆"),
            ("效益指标", "社会效益指标", "急救呼叫满足率", pct(0.99)),
            ("满意度指标", "服务对象满意度指标", "患者及家属满意度", pct(0.92)),
        ],
    )
    return b


@variant(
    "iu12-qualitative-ok", (4, 12), "department, NAT-2021, qualitative values, signature lines"
)
def qualitative() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2025,
        dept="云阶县档案馆",
        filled=day(2024, 10, 28),
        budget=[(money(318.6), money(318.6), money(0), money(246.1), money(72.5))],
        tasks=[
            ("档案数字化", "馆藏档案扫描著录", money(52.5), "完成30万画幅"),
            ("档案安全保管", "库房设备维护", money(20), "库房温湿度达标"),
            ("金额合计", None, money(72.5), None),
        ],
        goal="推进档案数字化，保障馆藏档案安全，提升档案利用服务水平。",
    )
    s.row(*HEAD, None, None)
    s.table(
        [
            ("产出指标", "数量指标", "档案数字化画幅数", "≥30万画幅"),
            (None, "质量指标", "库房温湿度", "达标"),
            (None, None, "数字化成果质量", "良好"),
            (None, "时效指标", "档案查阅办理时限", "当日办结"),
            ("成本指标", "经济成本指标", "每画幅数字化成本", "≤1.75元"),
            ("效益指标", "社会效益指标", "档案利用服务水平", "有效提升"),
            (None, "可持续影响指标", "档案安全保管条件", "逐步改善"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", pct(0.95)),
        ],
        merged=(1, 2),
    )
    s.row("填表人：", "祁云芳", "审核人：", "单立军", "联系电话：", "0872-6630215")
    s.row("单位负责人：", "杭明远", "填报日期：", day(2024, 10, 28, CN_DATE), None, None)
    return b
