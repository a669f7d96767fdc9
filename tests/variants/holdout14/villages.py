"""More township returns with stacked projects: a three-line header with 序号, 比较符, 目标值 and
计量单位 columns, and six small projects from column C with percent-formatted cells."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Alignment

from tests.variants.holdout14.common import NUM, money_rows, signature, title
from tests.variants.holdout14.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, pct

Rows = Sequence[Sequence[Any]]


def three_line(
    s: Sheet, no: int, name: str, code: str, money: Sequence[float], goal: str, rows: Rows
) -> None:
    """A project of 龙潭镇's sheet: head, money, a header over three lines (group, column names,
    栏次) and the indicators with a 序号 column."""
    s.row("序号", no, "项目名称", name, None, "项目库编号", code, None, merge=[(4, 5), (7, 8)])
    s.row(
        None,
        None,
        "主管部门",
        "梧冈县农业农村局",
        None,
        "实施单位",
        "龙潭镇人民政府",
        None,
        merge=[(4, 5), (7, 8)],
    )
    money_rows(s, "资金来源（万元）", [C(v, NUM) for v in money], 2)
    s.row(None, "年度目标", goal, merge=[(3, 8)])
    top = s.row(
        "序号", "绩效指标", None, None, "指标值", None, None, "备注", merge=[(2, 4), (5, 7)]
    )
    s.row(None, "一级指标", "二级指标", "三级指标", "比较符", "目标值", "计量单位", None)
    for c in (1, 8):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
        s.ws.cell(top, c).alignment = Alignment(vertical="center")
    s.row("甲", "乙", "丙", "丁", "1", "2", "3", "4")
    s.table([(i + 1, *r) for i, r in enumerate(rows)], merged=(2, 3))
    s.skip()


@variant(
    "z03-longtan-three-line-header-ok",
    (2, 4, 7),
    "township, three projects stacked, each with a three-line indicator header (group, "
    "names, 栏次 甲乙丙丁1234), 序号 and 项目库编号, operator/value/unit columns",
)
def z03() -> Book:
    book = Book()
    s = book.sheet("龙潭镇项目", (6, 12, 14, 30, 10, 12, 10, 16))
    title(s, "龙潭镇2025年巩固拓展脱贫攻坚成果同乡村振兴有效衔接项目绩效目标表", 1, 8)
    three_line(
        s,
        1,
        "龙潭镇柑橘基地提质增效",
        "WG2025-LT-02",
        [150, 100, 30, 0, 20, 0],
        "改造低产柑橘园500亩，配套施用有机肥250吨，带动脱贫户80户户均增收2000元以上。",
        [
            ("产出指标", "数量指标", "低产柑橘园改造面积", "≥", 500, "亩", None),
            (None, None, "配套施用有机肥", "≥", 250, "吨", None),
            (None, "质量指标", "改造园区苗木成活率", "≥", 95, "%", None),
            (None, "时效指标", "项目按期完成率", "≥", 95, "%", None),
            (None, "成本指标", "每亩改造补助标准", "≤", 3000, "元/亩", None),
            ("效益指标", "经济效益指标", "带动脱贫户户均增收", "≥", 2000, "元", None),
            (None, "社会效益指标", "带动脱贫户", "≥", 80, "户", None),
            (None, "生态效益指标", "化肥使用量减少比例", "≥", 10, "%", "较2024年"),
            (None, "可持续影响指标", "园区管护机制", "定性", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "受益脱贫户满意度", "≥", 90, "%", None),
        ],
    )
    three_line(
        s,
        2,
        "龙潭村人居环境整治提升",
        "WG2025-LT-05",
        [60, 0, 20, 10, 25, 5],
        "新建生活垃圾收集点15个，改造户用卫生厕所120户，村庄环境明显改善。",
        [
            ("产出指标", "数量指标", "新建垃圾收集点", "≥", 15, "个", None),
            (None, None, "改造户用卫生厕所", "≥", 120, "户", None),
            (None, "质量指标", "改厕验收合格率", "=", 100, "%", None),
            (None, "时效指标", "改厕任务按期完成率", "≥", 95, "%", None),
            (None, "成本指标", "户厕改造补助标准", "≤", 2500, "元/户", None),
            ("效益指标", "社会效益指标", "农村卫生厕所普及率", "≥", 92, "%", None),
            (None, "生态效益指标", "生活垃圾收运处置率", "≥", 90, "%", None),
            (None, "可持续影响指标", "长效管护机制", "定性", "建立", None, None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%", None),
        ],
    )
    three_line(
        s,
        3,
        "龙潭镇脱贫人口小额信贷贴息",
        "WG2025-LT-09",
        [35, 35, 0, 0, 0, 0],
        "为180户以上获得小额信贷的脱贫户（含监测户）足额贴息，支持发展产业。",
        [
            ("产出指标", "数量指标", "贴息脱贫户（含监测户）", "≥", 180, "户", None),
            (None, "质量指标", "贴息资金足额发放率", "=", 100, "%", None),
            (None, "时效指标", "贴息资金按季拨付及时率", "≥", 95, "%", None),
            (None, "成本指标", "户均贴息标准", "≤", 1900, "元/户", None),
            ("效益指标", "经济效益指标", "撬动小额信贷资金", "≥", 900, "万元", None),
            (None, "社会效益指标", "获贷脱贫户发展产业比例", "≥", 90, "%", None),
            (None, "可持续影响指标", "风险补偿机制", "定性", "持续运行", None, None),
            ("满意度指标", "服务对象满意度指标", "获贷脱贫户满意度", "≥", 92, "%", None),
        ],
    )
    signature(s, 1, who="何永红", checker="邓志刚", phone="0839-6612453", filled=day(2025, 1, 10))
    return book


def small(s: Sheet, name: str, code: str, money: Sequence[Any], goal: str, rows: Rows) -> None:
    """A small project of 桂坪乡's sheet from column C."""
    s.row("项目名称", name, None, "项目编号", code, col=3, merge=[(4, 5)])
    money_rows(
        s,
        "资金（万元）",
        [C(v, NUM) if isinstance(v, int | float) else v for v in money],
        3,
        ("总额", "中央衔接资金", "县级衔接资金", "自筹资金"),
    )
    s.row("绩效目标", goal, col=3, merge=[(4, 7)])
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "备注", col=3)
    s.table(rows, merged=(1, 2), col=3)
    s.skip()


@variant(
    "z04-guiping-six-small-defects",
    (1, 2, 6, 11),
    "township, six small projects stacked from column C, percents typed as 0.95 with 0%: a "
    "malformed threshold, a complaint rate with ≥, an empty 时效 row, a survival rate of 105%",
)
def z04() -> Book:
    book = Book()
    s = book.sheet("桂坪乡", (2, 2, 14, 14, 30, 16, 16))
    title(s, "桂坪乡2025年衔接推进乡村振兴补助资金项目绩效目标表", 3, 7)
    s.skip()
    small(
        s,
        "桂坪村芦笋基地滴灌设施",
        "WG-GP-2025-01",
        [36, 30, 6, 0],
        "铺设滴灌管网12000米，芦笋亩均增产15%，带动脱贫户50户。",
        [
            ("产出指标", "数量指标", "铺设滴灌管网", "≥12000米", None),
            (None, "质量指标", "工程验收合格率", pct(1.0), None),
            (None, "时效指标", "完工时间", "2025年5月底前", None),
            ("效益指标", "经济效益指标", "芦笋亩均增产率", pct(0.15), None),
            (None, "社会效益指标", "带动脱贫户", "≥50户", None),
            ("满意度指标", "服务对象满意度指标", "受益户满意度", pct(0.92), None),
        ],
    )
    small(
        s,
        "桂坪乡农产品冷链仓储设施",
        "WG-GP-2025-02",
        [60, 45, 10, 5],
        "新建冷库300吨，降低农产品产后损耗，带动脱贫户60户。",
        [
            ("产出指标", "数量指标", "新建冷库库容", "≥300吨", None),
            (
                None,
                "质量指标",
                "冷库验收合格率",
                mk("≥≤90%", "T116", "error", note="two operators: cannot tell the intent"),
                None,
            ),
            (None, "时效指标", "建成投用时间", "2025年8月底前", None),
            ("效益指标", "社会效益指标", "带动脱贫户", "≥60户", None),
            (None, "可持续影响指标", "运营管护机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", pct(0.9), None),
        ],
    )
    small(
        s,
        "桂坪乡脱贫户产业发展奖补",
        "WG-GP-2025-03",
        [20, 20, 0, 0],
        "对发展产业的100户脱贫户给予奖补，户均增收2000元以上。",
        [
            ("产出指标", "数量指标", "奖补脱贫户", "≥100户", None),
            (None, "成本指标", "户均奖补标准", "≤2000元/户", None),
            ("效益指标", "经济效益指标", "户均增收", "≥2000元", None),
            ("满意度指标", "服务对象满意度指标", "脱贫户满意度", pct(0.9), None),
        ],
    )
    small(
        s,
        "桂坪乡农村饮水安全巩固提升",
        "WG-GP-2025-04",
        [48, 30, 18, 0],
        "新建及改造供水管网8.5公里，巩固提升2300人饮水安全。",
        [
            ("产出指标", "数量指标", "新建及改造供水管网", "≥8.5公里", None),
            (None, "质量指标", "出厂水水质达标率", pct(0.95), None),
            ("效益指标", "社会效益指标", "受益人口", "≥2300人", None),
            (
                None,
                None,
                "群众饮水投诉率",
                mk("≥5%", "T108", "warning", row=True, note="a complaint rate must be capped (≤)"),
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9), None),
        ],
    )
    small(
        s,
        "桂坪乡乡村旅游步道建设",
        "WG-GP-2025-05",
        [30, 20, 10, 0],
        "新建旅游步道3公里，发展乡村旅游。",
        [
            ("产出指标", "数量指标", "新建旅游步道", "≥3公里", None),
            (None, "质量指标", "工程验收合格率", pct(1.0), None),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
                None,
                None,
                None,
            ),
            ("效益指标", "社会效益指标", "年接待游客", "≥2万人次", None),
            ("满意度指标", "服务对象满意度指标", "游客满意度", pct(0.85), None),
        ],
    )
    small(
        s,
        "桂坪乡经果林补植补造",
        "WG-GP-2025-06",
        [15, 15, 0, 0],
        "补植李子、枇杷果苗1.5万株，带动脱贫户40户。",
        [
            ("产出指标", "数量指标", "补植果苗", "≥1.5万株", None),
            (
                None,
                "质量指标",
                "果苗成活率",
                mk(pct(1.05), "T106", "error", note="105%: a survival rate cannot exceed 100%"),
                None,
            ),
            ("效益指标", "社会效益指标", "带动脱贫户", "≥40户", None),
            ("满意度指标", "服务对象满意度指标", "受益户满意度", pct(0.9), None),
        ],
    )
    s.row("填表说明：指标值为百分比的，直接填写百分数。", col=3, merge=[(3, 7)])
    signature(s, 3, who="龙春梅", checker="韦光辉", phone="0851-7723316", filled=day(2025, 3, 4))
    return book
