"""Township returns: several small 衔接 projects stacked in one sheet, each with its own
项目名称 / 资金 / 目标 block and indicator table, as township staff fill them in WPS."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout14.common import NUM, money_rows, num, signature, title
from tests.variants.holdout14.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, ok, pct

Rows = Sequence[Sequence[Any]]


def block(
    s: Sheet,
    col: int,
    head: Sequence[tuple[str, Any, str, Any]],
    money: Sequence[Any],
    goal: Any,
    rows: Rows,
    header: Sequence[str],
) -> None:
    """One project of a stacked township sheet, eight columns wide from ``col``."""
    for a, b, c, d in head:
        s.row(a, b, None, None, c, d, None, col=col, merge=[(col + 1, col + 3), (col + 5, col + 6)])
    money_rows(s, "资金规模及来源（万元）", [num(v) for v in money], col)
    s.row("年度绩效目标", goal, col=col, merge=[(col + 1, col + 6)])
    s.row(*header, col=col)
    s.table(rows, merged=(1, 2), col=col)
    s.skip()


HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "z01-qingshi-four-stacked-ok",
    (2, 4, 5, 12),
    "township, four 衔接 projects stacked from column B, 中央/省/市/县/自筹 split, tier "
    "labels abbreviated (产出/效益/满意度), 约/左右/不少于/ranges, footnote and signature",
)
def z01() -> Book:
    book = Book()
    s = book.sheet("青石镇", (3, 14, 14, 30, 18, 14, 14, 14))
    title(s, "青石镇2025年巩固拓展脱贫攻坚成果和乡村振兴项目绩效目标表", 2, 8)
    s.row("填报单位：青石镇人民政府（盖章）", None, None, None, None, None, "单位：万元", col=2)
    s.skip()
    block(
        s,
        2,
        [
            ("项目名称", "石坝村茶叶基地产业路硬化工程", "项目库编号", "LX2025-QS-003"),
            ("主管部门", "岚溪县农业农村局", "实施单位", "青石镇人民政府"),
            ("实施地点", "青石镇石坝村", "项目类别", "产业配套基础设施"),
        ],
        [85, 60, 15, 0, 10, 0],
        "新建石坝村至茶叶基地产业路2.5公里（宽4.5米，C25混凝土路面），解决茶叶基地运输难题，"
        "受益脱贫户52户。",
        [
            ("产出", "数量", "新建产业路硬化里程", "≥2.5公里", None),
            (None, "质量", "工程验收合格率", pct(1.0), None),
            (None, "时效", "项目完工时间", "2025年10月31日前", None),
            (None, "成本", "每公里建设补助标准", "≤34万元/公里", "按设计概算"),
            ("效益", "社会效益", "受益脱贫户数", "≥52户", None),
            (None, None, "受益群众人数", "不少于600人", None),
            (None, "可持续影响", "道路设计使用年限", "≥10年", None),
            ("满意度", "服务对象满意度", "受益群众满意度", "≥90%", None),
        ],
        HEAD5,
    )
    block(
        s,
        2,
        [
            ("项目名称", "青石镇茶叶加工厂设备购置", "项目库编号", "LX2025-QS-007"),
            ("主管部门", "岚溪县农业农村局", "实施单位", "青石镇人民政府"),
            ("实施地点", "青石镇青石村", "项目类别", "产业发展（联农带农）"),
        ],
        [120, 80, 20, 0, 10, 10],
        "购置茶叶揉捻、烘干设备12台（套），提升加工能力，通过务工、收购鲜叶带动脱贫户60户"
        "以上，户均增收2000元以上。",
        [
            ("产出", "数量", "购置茶叶加工设备", "12台（套）", None),
            (None, "质量", "设备验收合格率", "100%", None),
            (None, "时效", "设备安装调试完成时间", "2025年9月底前", None),
            (None, "成本", "设备购置总成本", "≤120万元", "含自筹10万元"),
            ("效益", "经济效益", "带动脱贫户户均增收", "≥2000元", None),
            (None, None, "年加工干茶", ok("约150吨", note="约 is vague but usual; a shrug"), None),
            (None, "社会效益", "带动脱贫户（含监测户）", "≥60户", None),
            (None, None, "吸纳脱贫劳动力务工", "20-30人", "季节性用工"),
            (None, "可持续影响", "联农带农机制", "建立并落实", None),
            ("满意度", "服务对象满意度", "脱贫户满意度", pct(0.95), None),
        ],
        HEAD5,
    )
    block(
        s,
        2,
        [
            ("项目名称", "龙口村高山蔬菜基地灌溉设施建设", "项目库编号", "LX2025-QS-011"),
            ("主管部门", "岚溪县农业农村局", "实施单位", "青石镇龙口村股份经济合作社"),
            ("实施地点", "青石镇龙口村", "项目类别", "产业配套基础设施"),
        ],
        [46.5, 30, 0, 6.5, 10, 0],
        "新建蓄水池2口（各200立方米）、铺设灌溉管网3800米，改善蔬菜基地灌溉面积约300亩，"
        "带动脱贫户35户增收。",
        [
            ("产出", "数量", "新建蓄水池", "2口", None),
            (None, None, "铺设灌溉管网", "≥3800米", None),
            (None, "质量", "工程质量达标率", pct(1.0), None),
            (None, "时效", "工程完工时间", "2025年6月30日前", "赶在夏季用水高峰前"),
            (None, "成本", "项目总投资", "≤46.5万元", None),
            ("效益", "经济效益", "改善灌溉面积", ok("300亩左右", note="左右: a shrug"), None),
            (None, "社会效益", "受益脱贫户", "≥35户", None),
            (None, "可持续影响", "设施使用年限", "≥15年", None),
            ("满意度", "服务对象满意度", "受益农户满意度", "≥90%", None),
        ],
        HEAD5,
    )
    block(
        s,
        2,
        [
            ("项目名称", "青石镇脱贫劳动力实用技术培训", "项目库编号", "LX2025-QS-015"),
            ("主管部门", "岚溪县农业农村局", "实施单位", "青石镇农业综合服务中心"),
            ("实施地点", "青石镇各村", "项目类别", "就业帮扶"),
        ],
        [12, 12, 0, 0, 0, 0],
        "开展茶叶种植、电商销售等实用技术培训8期，培训脱贫劳动力（含监测对象）400人次。",
        [
            ("产出", "数量", "培训期数", "8期", None),
            (None, None, "培训人次", "≥400人次", None),
            (None, "质量", "培训合格率", "≥90%", None),
            (None, "时效", "培训完成时间", "2025年11月底前", None),
            (None, "成本", "人均培训成本", "≤300元/人次", None),
            ("效益", "社会效益", "参训人员掌握实用技术比例", "≥85%", None),
            (None, "可持续影响", "培训后发展产业或实现就业人数", "不少于100人", None),
            ("满意度", "服务对象满意度", "参训人员满意度", "≥90%", None),
        ],
        HEAD5,
    )
    s.row(
        "注：1.资金单位为万元；2.自筹资金为村集体经济组织投入；3.本表一式三份，镇、县农业农村局、"
        "县财政局各存一份。",
        col=2,
        merge=[(2, 8)],
    )
    signature(s, 2, who="陈小燕", checker="罗建国", phone="0836-5521078", filled=day(2025, 2, 18))
    return book


@variant(
    "z02-bailu-five-stacked-defects",
    (2, 12),
    "township, five 衔接 projects stacked: a duplicated indicator with two values, money "
    "that does not add up, a coverage rate given as households, a project with no 满意度",
)
def z02() -> Book:
    book = Book()
    s = book.sheet("Sheet1", (14, 14, 30, 18, 14, 14, 14, 14))
    title(s, "白鹭乡2025年度衔接资金项目绩效目标表", 1, 7)
    s.row("乡镇（盖章）：白鹭乡人民政府", None, None, None, "金额单位：万元")
    s.skip()
    head = "柘川县乡村振兴服务中心", "白鹭乡人民政府"
    block(
        s,
        1,
        [
            ("项目名称", "白鹭乡肉牛养殖小区圈舍建设", "项目库编号", "ZC2025-BL-01"),
            ("主管部门", head[0], "实施单位", head[1]),
        ],
        [180, 120, 30, 0, 20, 10],
        "新建标准化肉牛圈舍2400平方米及配套粪污处理设施，采取“合作社+脱贫户”模式带动脱贫户"
        "55户，户均年增收2000元以上。",
        [
            ("产出指标", "数量指标", "新建标准化圈舍面积", "≥2400平方米", None),
            (None, None, "配套粪污处理设施", "1套", None),
            (None, "质量指标", "工程验收合格率", "100%", None),
            (None, "时效指标", "项目完工时间", "2025年9月30日前", None),
            (None, "成本指标", "圈舍建设单价", "≤700元/平方米", None),
            ("效益指标", "经济效益指标", "带动脱贫户户均增收", "≥2000元", None),
            (None, "社会效益指标", "带动脱贫户", "≥55户", None),
            (None, "生态效益指标", "畜禽粪污综合利用率", "≥90%", None),
            ("满意度指标", "服务对象满意度指标", "受益脱贫户满意度", "≥90%", None),
        ],
        HEAD5,
    )
    block(
        s,
        1,
        [
            ("项目名称", "白鹭乡枫岭村产业路建设", "项目库编号", "ZC2025-BL-02"),
            ("主管部门", head[0], "实施单位", head[1]),
        ],
        [72, 60, 0, 0, 12, 0],
        "新建枫岭村产业路2公里，方便1200亩核桃基地生产运输。",
        [
            (
                "产出指标",
                "数量指标",
                mk(
                    "新建产业路",
                    "D102",
                    "error",
                    row=True,
                    required=False,
                    alt=("D101", "D103", "D104"),
                ),
                "≥1.8公里",
                None,
            ),
            (None, None, "新建错车道", "≥6处", None),
            (
                None,
                None,
                mk(
                    "新建产业路",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same road twice, 1.8 and 2 km",
                ),
                "≥2公里",
                None,
            ),
            (None, "质量指标", "工程验收合格率", "100%", None),
            (None, "时效指标", "项目完工时间", "2025年10月底前", None),
            ("效益指标", "社会效益指标", "受益群众", "≥860人", None),
            (None, "可持续影响指标", "道路使用年限", "≥10年", None),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
        ],
        HEAD5,
    )
    block(
        s,
        1,
        [
            ("项目名称", "白鹭乡脱贫户庭院经济奖补", "项目库编号", "ZC2025-BL-03"),
            ("主管部门", head[0], "实施单位", head[1]),
        ],
        [
            mk(C(90, NUM), "B101", "error", row=True, note="50 + 20 + 15 = 85, not 90"),
            50,
            20,
            0,
            15,
            0,
        ],
        "对发展庭院种养的脱贫户按实际规模给予奖补，覆盖全乡有意愿的脱贫户。",
        [
            ("产出指标", "数量指标", "奖补脱贫户", "≥300户", None),
            (None, "质量指标", "奖补资金兑现准确率", "100%", None),
            (None, "时效指标", "奖补资金兑付时间", "2025年12月20日前", None),
            (None, "成本指标", "户均奖补标准", "≤2800元/户", None),
            ("效益指标", "经济效益指标", "发展庭院经济脱贫户户均增收", "≥1500元", None),
            ("满意度指标", "服务对象满意度指标", "受奖补脱贫户满意度", "≥92%", None),
        ],
        HEAD5,
    )
    block(
        s,
        1,
        [
            ("项目名称", "白鹭乡脱贫人口公益性岗位补贴", "项目库编号", "ZC2025-BL-04"),
            ("主管部门", head[0], "实施单位", head[1]),
        ],
        [25.92, 25.92, 0, 0, 0, 0],
        "开发乡村保洁、护路等公益性岗位36个，安置弱劳力、半劳力脱贫人口就业。",
        [
            ("产出指标", "数量指标", "开发公益性岗位", "36个", None),
            (
                None,
                "质量指标",
                "脱贫户覆盖率",
                mk("45户", "T105", "error", note="a rate given as households"),
                None,
            ),
            (None, "时效指标", "补贴按月发放及时率", "≥95%", None),
            (None, "成本指标", "岗位补贴标准", "≤600元/人·月", None),
            ("效益指标", "社会效益指标", "安置脱贫人口就业", "≥36人", None),
            ("满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%", None),
        ],
        HEAD5,
    )
    block(
        s,
        1,
        [
            ("项目名称", "白鹭乡中药材种苗补助", "项目库编号", "ZC2025-BL-05"),
            ("主管部门", head[0], "实施单位", head[1]),
        ],
        [40, 40, 0, 0, 0, 0],
        "为种植黄精、重楼的脱贫户免费提供种苗，种植面积500亩。",
        [
            ("产出指标", "数量指标", "补助中药材种植面积", "≥500亩", None),
            (None, "质量指标", "种苗成活率", "≥85%", None),
            (None, "时效指标", "种苗发放时间", "2025年4月底前", None),
            (None, "成本指标", "每亩种苗补助", "≤800元/亩", None),
            ("效益指标", "经济效益指标", "带动脱贫户户均增收", "≥2000元", None),
            (None, "社会效益指标", "带动脱贫户", "≥50户", None),
        ],
        HEAD5,
    )
    book.file_mark("F106", "error", note="the fifth project has no 满意度指标")
    s.row("填报人：杨丽", None, "审核人：吴德明", None, "联系电话：13908157264")
    return book
