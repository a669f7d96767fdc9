"""部门整体 returns of the 178th held-out set (of07, of15, of16)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout178.common import indicators, new_book, sign, w
from tests.variants.holdout178.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "of07-emergency-department",
    (12,),
    (
        "department, NAT-2021, key tasks with a 金额合计, a =0起 "
        "accident count, a 增长率 ≤0% and a 下降率 ≥5% (correct)"
    ),
)
def of07() -> Book:
    b, s = new_book("部门整体")
    department_head(
        s,
        year=2026,
        dept="青溪区应急管理局",
        budget=[(w(860), w(820), w(40), w(520), w(340))],
        tasks=[
            ("安全生产监管执法", "开展企业安全生产执法检查", w(120), "检查企业600家次"),
            ("应急救援队伍建设", "组织综合应急演练和队伍培训", w(140), "开展应急演练24场"),
            ("防灾减灾宣传", "开展防灾减灾宣传进社区、进企业", w(80), "开展宣传活动40场"),
            ("金额合计", None, w(340), None),
        ],
        goal="全年执法检查企业600家次，开展应急演练24场、防灾减灾宣传活动40场，较大及以上生产安全事故零发生。",
    )
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "部门行政运行成本增长率", "≤0%"),
            ("产出指标", "数量指标", "执法检查企业", "≥600家次"),
            (None, None, "开展应急演练", "≥24场"),
            (None, None, "防灾减灾宣传活动", "≥40场"),
            (None, "质量指标", "检查发现隐患整改率", "≥95%"),
            (None, "时效指标", "突发事件信息报送时限", "≤30分钟"),
            ("效益指标", "社会效益指标", "较大及以上生产安全事故", "=0起"),
            (None, None, "生产安全事故起数下降率", "≥5%"),
            (None, "可持续影响指标", "应急预案体系", "健全"),
            ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
        ],
        caption="年度绩效指标",
    )
    sign(s, 2026, "齐振东", "0731-5590412")
    return b


@variant(
    "of15-market-department",
    (12,),
    (
        "department, OLD-NAT, key tasks with a 金额合计, a per-批次 "
        "standard × 批次 equal to the task money, percent cells in "
        "a unit-column table (correct)"
    ),
)
def of15() -> Book:
    b, s = new_book("部门整体")
    department_head(
        s,
        year=2026,
        dept="松岭县市场监督管理局",
        budget=[(w(1250), w(1180), w(70), w(830), w(420))],
        tasks=[
            ("食品安全抽检", "组织食品安全监督抽检", w(160), "抽检食品1600批次"),
            ("特种设备安全监察", "开展电梯、锅炉等特种设备检查", w(110), "检查特种设备900台次"),
            ("计量器具强制检定", "开展强制检定计量器具检定", w(90), "检定计量器具12000台件"),
            ("消费维权", "受理处置消费投诉举报", w(60), "按期办结率98%以上"),
            ("金额合计", None, w(420), None),
        ],
        goal="抽检食品1600批次，检查特种设备900台次，检定计量器具12000台件，投诉举报按期办结率98%以上，不发生较大食品安全事故。",
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "食品安全抽检批次", "≥1600", "批次"),
            (None, None, "特种设备检查", "≥900", "台次"),
            (None, None, "强制检定计量器具", "≥12000", "台件"),
            (None, "质量指标", "投诉举报按期办结率", "≥98", "%"),
            (None, "时效指标", "投诉举报处理时限", "≤7", "个工作日"),
            (None, "成本指标", "食品抽检单批次成本", "≤1000", "元/批次"),
            ("效益指标", "社会效益指标", "较大食品安全事故", "=0", "起"),
            (None, None, "特种设备事故起数下降率", "≥5", "%"),
            (None, "可持续影响指标", "市场主体信用监管体系", "健全", None),
            ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90", "%"),
            (None, None, "消费者满意度", "≥90", "%"),
        ],
        head=("一级指标", "二级指标", "三级指标", "年度指标值", "计量单位"),
        caption="年度绩效指标",
    )
    sign(s, 2026, "童可欣", "0731-6637728")
    return b


@variant(
    "of16-culture-department",
    (7, 8),
    (
        "department, NAT-2021, key tasks with a 金额合计: the same "
        "tier-3 twice with the same value, a 合格率 of 105%"
    ),
)
def of16() -> Book:
    b, s = new_book("部门整体")
    department_head(
        s,
        year=2026,
        dept="枫林县文化广电和旅游局",
        budget=[(w(980), w(930), w(50), w(610), w(370))],
        tasks=[
            ("送戏下乡", "组织剧团到行政村演出", w(120), "演出200场"),
            ("文物保护", "县级文物保护单位修缮和安全巡查", w(150), "修缮文物保护单位3处"),
            ("公共文化场馆免费开放", "文化馆、博物馆免费开放运行", w(100), "开放300天以上"),
            ("金额合计", None, w(370), None),
        ],
        goal="送戏下乡演出200场，修缮县级文物保护单位3处，公共文化场馆免费开放300天以上，惠及群众6万人次。",
    )
    indicators(
        s,
        [
            ("成本指标", "经济成本指标", "送戏下乡每场补助标准", "≤0.5万元/场"),
            ("产出指标", "数量指标", "送戏下乡演出场次", "≥200场"),
            (None, None, "文物保护单位安全巡查", "≥48次"),
            (None, None, "修缮文物保护单位", "≥3处"),
            (None, None, mk("文物保护单位安全巡查", "D101", "warning", row=True), "≥48次"),
            (None, None, "公共文化场馆免费开放天数", "≥300天"),
            (None, "质量指标", "文物修缮工程验收合格率", mk(pct(1.05), "T106", "error")),
            (None, "时效指标", "文物修缮完成时间", "2026年11月30日前"),
            ("效益指标", "社会效益指标", "惠及群众", "≥60000人次"),
            (None, "可持续影响指标", "公共文化服务体系", "健全"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
        caption="年度绩效指标",
    )
    sign(s, 2026, "韦兰舟", "0739-7231650")
    return b
