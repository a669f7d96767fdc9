"""Department returns (部门整体) and stacked projects: a header on two rows with merged cells,
a blank column between tier columns, a 分值 column, tier-1 cells written 一级指标：产出指标."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout156.common import merge_down, sign, wan
from tests.variants.holdout156.registry import variant
from tests.variants.kit import Book, Sheet, mk


def _two_row_header(s: Sheet, *, blank: bool, value: str = "年度指标值",
                    last: tuple[str, ...] = ("计量单位", "备注")) -> None:  # fmt: skip
    """绩效指标 merged over the tier columns on the first row, the tier headers on the second;
    the value and the last columns merged down both rows."""
    tiers = (
        ("一级指标", None, "二级指标", "三级指标")
        if blank
        else ("一级指标", "二级指标", "三级指标")
    )
    n = len(tiers)
    s.row("年度绩效指标", *[None] * (n - 1), value, *last, merge=[(1, n)])
    s.row(*tiers, *[None] * (1 + len(last)))
    for col in range(n + 1, n + 2 + len(last)):
        merge_down(s, col, s.r - 1, s.r)


@variant("nj11-department-two-row-header", (7, 12),
         "department, NAT-2021, indicator header on two rows (年度绩效指标 merged over "
         "the tiers, value, unit and note merged down), tasks adding to 项目支出, =0起 "
         "on safety accidents")  # fmt: skip
def nj11() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", widths=(16, 18, 30, 14, 12, 16))
    department_head(s, year=2027, dept="苇塘县档案馆",
                    budget=[(wan(520), wan(500), wan(20), wan(380), wan(140))],
                    goal="完成馆藏档案数字化扫描和破损档案修复，提升档案查阅利用服务水平，"
                         "确保馆藏档案安全。",
                    tasks=[("档案数字化", "馆藏档案扫描、著录和数据挂接", wan(80),
                            "完成年度数字化扫描任务"),
                           ("破损档案修复", "破损、霉变档案抢救修复", wan(35), "修复破损档案"),
                           ("档案利用服务", "查阅接待、档案编研和展览", wan(25),
                            "提高档案利用服务水平"),
                           ("金额合计", None, wan(140), None)])  # fmt: skip
    _two_row_header(s, blank=False)
    s.table([
        ("产出指标", "数量指标", "馆藏档案数字化页数", "≥1200000", "页", None),
        (None, None, "破损档案修复数量", "≥3000", "卷", None),
        (None, None, "档案查阅利用人次", "≥8000", "人次", None),
        (None, None, "年度重点工作任务完成率", "100%完成", None, None),
        (None, "质量指标", "数字化成果验收合格率", "≥98", "%", None),
        (None, "时效指标", "档案查阅申请办结时限", "≤3", "工作日", "自受理之日起"),
        ("成本指标", "经济成本指标", "每页档案数字化成本", "≤0.6", "元/页", None),
        ("效益指标", "社会效益指标", "档案信息服务能力", "较上年提高", None, None),
        (None, "可持续影响指标", "馆藏档案安全事故", "=0", "起", None),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90", "%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="冉晓静", phone="0772-4469023", checker="卢伟东")
    return b


@variant("nj13-stacked-tier1-written", (2, 5),
         "two projects stacked in one sheet, OLD-NAT, tier-1 cells written 一级指标：产出指标, the "
         "same satisfaction name in both projects")  # fmt: skip
def nj13() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(20, 16, 32, 22, 6, 6))
    project_head(s, year=2027, name="岚峪区适龄儿童免费窝沟封闭项目",
                 dept="岚峪区卫生健康局（121）", unit="岚峪区疾病预防控制中心",
                 money=[("年度资金总额", wan(30), "其中：财政拨款", wan(30)),
                        ("其他资金", wan(0), None, None)],
                 goals=["为辖区适龄儿童免费实施窝沟封闭，预防儿童龋齿。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("一级指标：产出指标", "数量指标", "完成窝沟封闭儿童人数", "≥6000人"),
        (None, None, "封闭牙齿数量", "≥20000颗"),
        (None, "质量指标", "窝沟封闭保留率（按季度统计）", "≥85%"),
        (None, "时效指标", "项目完成时间", "2027年11月30日前"),
        (None, "成本指标", "每颗牙封闭成本", "≤15元/颗"),
        ("一级指标：效益指标", "社会效益指标", "儿童口腔健康状况", "较上年提高"),
        ("一级指标：满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2027,
        name="岚峪区老年人健康体检项目",
        dept="岚峪区卫生健康局（121）",
        unit="岚峪区社区卫生服务中心",
        title="",
        money=[
            ("年度资金总额", wan(150), "其中：财政拨款", wan(140)),
            ("其他资金", wan(10), None, None),
        ],
        goals=["为辖区老年人提供一次免费健康体检并反馈体检结果，早发现慢性病。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("一级指标：产出指标", "数量指标", "辖区老年人健康体检人数", "≥12000人"),
        (None, "质量指标", "体检异常结果复核率", "≥95%"),
        (None, "时效指标", "体检结果反馈时限", "≤15个工作日"),
        (None, "成本指标", "人均体检成本", "≤120元/人"),
        ("一级指标：效益指标", "社会效益指标", "老年人慢性病早期发现能力", "提升"),
        (None, "可持续影响指标", "老年人健康档案动态管理", "长期有效"),
        ("一级指标：满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="晏文君", phone="0571-8847305", checker="祁鸿涛")
    return b


@variant("nj14-department-blank-column-scores", (5, 10),
         "department, NAT-2021, an empty column between 一级指标 and 二级指标, a 分值 "
         "column adding up to 100, tasks adding to 项目支出")  # fmt: skip
def nj14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 3, 18, 30, 18, 8))
    department_head(s, year=2027, dept="鹭汀县林业局",
                    budget=[(wan(860), wan(800), wan(60), wan(610), wan(250))],
                    goal="做好森林防火巡护、林业有害生物防治和古树名木保护，守住森林资源安全"
                         "底线。",
                    tasks=[("森林防火", "防火巡护、物资储备和队伍训练", wan(120),
                            "全年不发生重大森林火灾"),
                           ("林业有害生物防治", "松材线虫病等有害生物监测和防治", wan(80),
                            "有害生物得到有效控制"),
                           ("古树名木保护", "古树名木普查、挂牌和复壮", wan(50),
                            "古树名木得到有效保护"),
                           ("金额合计", None, wan(250), None)])  # fmt: skip
    s.row("一级指标", None, "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", None, "数量指标", "森林防火巡护里程", "≥3000公里", 10),
        (None, None, None, "有害生物防治面积", "≥24000亩", 10),
        (None, None, None, "古树名木挂牌保护数量", "≥180株", 10),
        (None, None, "质量指标", "防治作业质量合格率", "≥95%", 10),
        (None, None, "时效指标", "火情报告时限", "≤1小时", 10),
        ("成本指标", None, "经济成本指标", "每亩有害生物防治成本", "≤30元/亩", 10),
        ("效益指标", None, "生态效益指标", "森林覆盖率", "≥62.5%", 10),
        (None, None, "社会效益指标", "森林火灾发生起数", "≤2起", 10),
        (None, None, "可持续影响指标", "古树名木保护长效机制", "健全", 10),
        ("满意度指标", None, "服务对象满意度指标", "林区群众满意度", "≥90%", 10),
    ], merged=(1, 3))  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    sign(s, preparer="覃春兰", phone="0596-7290518", checker="石永康")
    return b


@variant("nj15-department-two-row-header-wrong", (5, 7),
         "department, NAT-2021, two-row header and an empty column between tier columns: a "
         "时效指标 under 效益指标, a completion date in the year before the budget "
         "year")  # fmt: skip
def nj15() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", widths=(14, 3, 18, 30, 20, 16))
    department_head(s, year=2027, dept="青砚县医疗保障局",
                    budget=[(wan(340), wan(320), wan(20), wan(260), wan(80))],
                    goal="加强医保基金监管，提升医保经办服务便利度，确保医保基金安全平稳运行。",
                    tasks=[("医保基金监管", "定点医药机构检查和专项治理", wan(45),
                            "定点医药机构检查全覆盖"),
                           ("医保经办服务", "经办窗口运行和信息系统升级", wan(35),
                            "经办服务更加便利"),
                           ("金额合计", None, wan(80), None)])  # fmt: skip
    _two_row_header(s, blank=True, value="指标值", last=("备注",))
    s.table([
        ("产出指标", None, "数量指标", "定点医药机构检查覆盖家数", "≥210家", None),
        (None, None, "质量指标", "医保结算差错率", "≤0.5%", None),
        (None, None, "时效指标", "异地就医备案办结时限", "≤1个工作日", None),
        (None, None, None, "医保信息系统升级完成时间",
         mk("2026年9月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a date in 2026 in the 2027 table"), None),
        ("成本指标", None, "经济成本指标", "医保经办服务费用", "≤35万元", None),
        ("效益指标", None, "社会效益指标", "医保政策知晓度", "较上年提高", None),
        (None, None, mk("时效指标", "F105", "error", note="时效 belongs under 产出指标"),
         "医保待遇资金拨付及时率", "≥98%", None),
        (None, None, "可持续影响指标", "医保基金运行", "安全平稳", None),
        ("满意度指标", None, "服务对象满意度指标", "参保群众满意度", "≥90%", None),
    ], merged=(1, 3))  # fmt: skip
    sign(s, preparer="邹丽华", phone="0812-6627340", checker="唐建军")
    return b


@variant("nj17-stacked-wrong", (2, 11),
         "two projects stacked, NAT-2021, tier-1 cells written 一级指标：…: a 反向 rate with ≥ in "
         "the first project, a rate given as a count in the second")  # fmt: skip
def nj17() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(20, 18, 30, 22, 6, 6))
    project_head(
        s,
        year=2027,
        name="鹭汀县乡村旅游厕所建设项目",
        dept="鹭汀县文化和旅游局（218）",
        unit="鹭汀县旅游发展服务中心",
        money=[
            ("年度资金总额", wan(90), "其中：财政拨款", wan(80)),
            ("其他资金", wan(10), None, None),
        ],
        goals=["在乡村旅游重点村新建改建旅游厕所18座，改善游客如厕条件。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("一级指标：产出指标", "数量指标", "新建改建旅游厕所数量", "≥18座"),
        (None, "质量指标", "厕所建设验收合格率", "≥95%"),
        (None, "时效指标", "建设完成时间", "2027年10月31日前"),
        ("一级指标：成本指标", "经济成本指标", "每座厕所建设成本", "≤5万元/座"),
        ("一级指标：效益指标", "社会效益指标", "游客如厕投诉率",
         mk("≥2%", "T108", "warning", row=True, note="a 反向 rate with ≥")),
        (None, "可持续影响指标", "厕所日常管护机制", "健全"),
        ("一级指标：满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2027,
        name="鹭汀县旅游景区讲解员培训项目",
        dept="鹭汀县文化和旅游局（218）",
        unit="鹭汀县旅游发展服务中心",
        title="",
        money=[
            ("年度资金总额", wan(20), "其中：财政拨款", wan(20)),
            ("其他资金", wan(0), None, None),
        ],
        goals=["培训景区讲解员150人，提升景区讲解服务水平。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("一级指标：产出指标", "数量指标", "培训讲解员人数", "≥150人"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, None, "培训档案归档率", mk("120份", "T105", "error", note="a 归档率 in 份")),
        (None, "时效指标", "培训完成时间", "2027年9月30日前"),
        ("一级指标：成本指标", "经济成本指标", "人均培训成本", "≤1200元/人"),
        ("一级指标：效益指标", "社会效益指标", "景区讲解服务水平", "较上年提高"),
        ("一级指标：满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="潘绍华", phone="0596-7276641", checker="姚春梅")
    return b
