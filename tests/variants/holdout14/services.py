"""Two more county returns: a labour subsidy with operators written in words and the header
repeated after a page break, and a village construction project with a 序号 column whose
indicators repeat a row, cap a 正向 count and keep a template placeholder."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import project_head
from tests.variants.holdout14.common import NUM, money_rows, signature, title
from tests.variants.holdout14.registry import variant
from tests.variants.kit import Book, C, day, mk

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "z17-wugang-labour-subsidy-ok",
    (4, 11),
    "county 衔接 labour subsidy, OLD-NAT, 比较符 in words (大于等于/小于等于/等于/定性), "
    "a unit column, the header repeated after a page break, a 30-day limit",
)
def z17() -> Book:
    book = Book()
    s = book.sheet("Sheet1", (14, 16, 34, 12, 12, 12))
    project_head(
        s,
        year=2025,
        name="梧冈县脱贫劳动力跨省务工交通补助",
        dept="梧冈县人力资源和社会保障局",
        unit="梧冈县就业服务中心",
        attr="延续项目",
        money=[
            ("年度资金总额", C(180, NUM), "其中：中央衔接资金", C(150, NUM)),
            ("县级衔接资金", C(30, NUM), "其他资金", C(0, NUM)),
        ],
        goals=[
            "对跨省务工的脱贫劳动力（含监测对象）3000人按每人不超过600元给予一次性交通补助，"
            "开展劳务协作对接活动6场，稳定外出务工规模2.6万人以上。"
        ],
    )
    s.row(*HEAD6)
    s.table(
        [
            ("产出指标", "数量指标", "发放跨省务工交通补助人数", "大于等于", 3000, "人"),
            (None, None, "开展劳务协作对接活动", "大于等于", 6, "场"),
            (None, "质量指标", "补助对象认定精准率", "等于", 100, "%"),
            (None, "时效指标", "补助资金发放时限（受理申请后）", "小于等于", 30, "日"),
            (None, "成本指标", "人均交通补助标准", "小于等于", 600, "元/人"),
        ],
        merged=(1, 2),
    )
    s.ws.row_breaks.append(Break(id=s.r))
    s.row(*HEAD6)
    s.table(
        [
            ("效益指标", "经济效益指标", "务工脱贫人口人均年务工收入", "大于等于", 3, "万元"),
            (None, "社会效益指标", "脱贫劳动力（含监测对象）外出务工规模", "大于等于", 2.6, "万人"),
            (None, "可持续影响指标", "劳务协作长效机制", "定性", "稳步推进", None),
            ("满意度指标", "服务对象满意度指标", "受补助人员满意度", "大于等于", 90, "%"),
        ],
        merged=(1, 2),
    )
    s.row(
        "注：交通补助按实际车票金额据实补助，每人每年最高不超过600元。",
        None,
        None,
        None,
        None,
        None,
        merge=[(1, 6)],
    )
    s.row("填报人：陆春燕", None, "联系电话：0839-6227015", None, "填报日期：", day(2025, 1, 22))
    return book


@variant(
    "z18-lanxi-village-hall-defects",
    (2, 11),
    "township 乡村建设 project with 序号 and 项目库编号 columns and an operator column: one "
    "indicator written twice, a 正向 household count capped with ≤, a template placeholder",
)
def z18() -> Book:
    book = Book()
    s = book.sheet("Sheet1", (6, 14, 16, 30, 10, 12, 10, 14))
    title(s, "岚溪县石桥乡2025年乡村建设衔接项目绩效目标表", 1, 8)
    s.row(
        "序号", "项目库编号", "项目名称", None, "实施地点", None, "建设期限", None, merge=[(3, 4)]
    )
    s.row(
        1,
        "LX2025-SQ-021",
        "石桥乡三岔村村级综合服务设施及便民桥建设",
        None,
        "三岔村",
        None,
        "2025年4月—10月",
        None,
        merge=[(3, 4)],
    )
    money_rows(s, "资金（万元）", [C(v, NUM) for v in (96, 70, 0, 6, 20, 0)], 2)
    s.row(
        None,
        "年度目标",
        "新建村级综合服务用房360平方米、便民桥1座，受益群众1500人，其中脱贫户及监测户90户。",
        merge=[(3, 8)],
    )
    s.row("序号", "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    rows = [
        (
            "产出指标",
            "数量指标",
            mk(
                "新建村级综合服务用房",
                "D101",
                "warning",
                row=True,
                required=False,
                alt=("D102", "D103"),
                note="the first of the pair",
            ),
            "≥",
            360,
            "平方米",
            None,
        ),
        (None, None, "新建便民桥", "=", 1, "座", None),
        (
            None,
            None,
            mk(
                "新建村级综合服务用房",
                "D101",
                "warning",
                row=True,
                alt=("D102", "D103"),
                note="the same row written twice",
            ),
            "≥",
            360,
            "平方米",
            None,
        ),
        (None, "质量指标", "工程验收合格率", "=", 100, "%", None),
        (None, "时效指标", "工程完工时间", "≤", "2025年10月31日", None, None),
        (None, "成本指标", "综合服务用房建设单价", "≤", 1800, "元/平方米", None),
        ("效益指标", "社会效益指标", "受益群众", "≥", 1500, "人", None),
        (
            None,
            None,
            "受益脱贫户及监测户",
            mk("≤", "T108", "warning", row=True, note="a 正向 count capped"),
            90,
            "户",
            None,
        ),
        (None, "可持续影响指标", "设施设计使用年限", "≥", 20, "年", None),
        (
            "满意度指标",
            "服务对象满意度指标",
            "受益群众满意度",
            "≥",
            mk("XX", "X101", "error", alt=("T101", "T102"), note="template placeholder left"),
            "%",
            None,
        ),
    ]
    s.table([(i + 1, *r) for i, r in enumerate(rows)], merged=(2, 3))
    signature(s, 1, who="杨永芬", checker="罗志兰", phone="13628340971", filled=day(2025, 3, 12))
    return book
