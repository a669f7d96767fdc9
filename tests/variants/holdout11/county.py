"""Township returns a county 财政局 forwards: the county's own project form (附件2, 填报单位 line,
绩效指标 label left of the block, 指标值设定依据 column), one township per sheet, with the
county's first-review line under the signatures; and a bundle with a 转报汇总 cover sheet."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout11.common import block, signatures, wide
from tests.variants.holdout11.registry import variant
from tests.variants.kit import Book, Sheet, mk, money

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
NOTE = "注：1.金额单位为万元；2.指标值设定依据填写计划标准、行业标准、历史标准或其他标准。"


def township(s: Sheet, *, county: str, town: str, name: str, unit: str, amounts: Sequence[
        Any], goal: str, rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """A township project on the county's form; ``amounts``: 年度资金总额, 财政拨款, 其他资金."""
    s.row("附件2")
    s.title(f"{county}2027年度乡镇项目支出绩效目标申报表", 6)
    s.row(f"填报单位（盖章）：{county}{town}人民政府", None, None, None, "金额单位：万元",
          merge=[(1, 4), (5, 6)])  # fmt: skip
    total, fiscal, other = amounts
    project_head(
        s, year=2027, title="", name=name, dept=f"{county}{town}人民政府", unit=unit,
        money=[("年度资金总额", total), ("其中：财政拨款", fiscal), ("其他资金", other)],
        goals=[goal])  # fmt: skip
    block(s, HEAD, rows, label="绩效指标")
    wide(s, NOTE, 1, 6)


@variant("w01-shimen-township-ok", (4, 5), "county form, township project, OLD-NAT, merged tiers")
def w01() -> Book:
    """Correct: a township's village cleaning project as the county forwards it; a monthly
    subsidy standard in 元/人·月, grade values, the county's review line with its 2026 date."""
    b = Book()
    s = b.sheet("石门镇", widths=(12, 14, 30, 16, 16, 14))
    township(
        s,
        county="云岭县",
        town="石门镇",
        name="石门镇农村人居环境整治长效管护",
        unit="石门镇农业农村综合服务中心",
        amounts=(money(86.0), money(80.0), money(6.0)),
        goal="完成全镇12个行政村、86个自然村的村庄保洁和公厕管护，生活垃圾日产日清，"
        "农村人居环境整治成果得到巩固，村民满意度达到90%以上。",
        rows=[
            ("产出指标", "数量指标", "村庄保洁覆盖行政村数", "≥12个", "计划标准"),
            (None, None, "聘用村庄保洁员", "≥48人", "计划标准"),
            (None, None, "公厕管护座数", "≥46座", "计划标准"),
            (None, "质量指标", "生活垃圾无害化处理率", "≥95%", "行业标准"),
            (None, None, "公厕管护检查合格率", "≥90%", "历史标准"),
            (None, "时效指标", "垃圾清运及时率", "≥95%", "计划标准"),
            (None, None, "管护问题整改时限", "≤15个工作日", "计划标准"),
            (None, "成本指标", "保洁员劳务补助标准", "≤1200元/人·月", "计划标准"),
            ("效益指标", "社会效益指标", "村容村貌", "逐步改善", "其他标准"),
            (None, "生态效益指标", "生活污水乱排乱放现象", "明显减少", "其他标准"),
            (None, "可持续影响指标", "村庄保洁长效管护机制", "建立并执行", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "历史标准"),
        ],
    )
    signatures(s, filled=(2026, 11, 12), names=("杨思远", "段建国"), phone="0878-6623105")
    s.skip()
    wide(s, "县财政局初审意见：经初审，该项目绩效目标与年度资金基本匹配，同意报送。"
         "（云岭县财政局预算股 2026年11月20日）", 1, 6)  # fmt: skip
    return b


@variant("w02-hekou-township-wrong", (5, 6), "county form, township project, planted defects")
def w02() -> Book:
    """A township's 一事一议 project: a participation rate given as households, a completion
    rate above 100 %, a 时效指标 row left from the template."""
    b = Book()
    s = b.sheet("河口乡", widths=(12, 14, 30, 16, 16, 14))
    township(
        s,
        county="云岭县",
        town="河口乡",
        name="河口乡村级公益事业一事一议财政奖补",
        unit="河口乡人民政府财政所",
        amounts=(money(210.0), money(180.0), money(30.0)),
        goal="对河口、坪子、大水井3个村实施村内道路硬化6.5公里、安装太阳能路灯120盏，"
        "改善群众出行条件。",
        rows=[
            ("产出指标", "数量指标", "村内道路硬化里程", "≥6.5公里", "计划标准"),
            (None, None, "安装太阳能路灯", "≥120盏", "计划标准"),
            (
                None,
                "质量指标",
                mk(
                    "群众筹资筹劳参与率",
                    "T105",
                    "error",
                    row=True,
                    note="a rate given as households",
                ),
                "1200户",
                "计划标准",
            ),
            (
                None,
                None,
                "奖补项目完工率",
                mk("110%", "T106", "error", row=True, note="a completion rate cannot exceed 100 %"),
                "计划标准",
            ),
            (
                None,
                mk(
                    "时效指标",
                    "F109",
                    "warning",
                    row=True,
                    note="template row: tier-2 with no indicator and no value",
                ),
                None,
                None,
                None,
            ),
            (None, "成本指标", "道路硬化每公里奖补标准", "≤30万元/公里", "计划标准"),
            ("效益指标", "社会效益指标", "受益群众人数", "≥3600人", "计划标准"),
            (None, "可持续影响指标", "设施管护制度", "健全", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "历史标准"),
        ],
    )
    signatures(s, filled=(2026, 11, 14), names=("刘海波", "张春燕"), phone="0878-6631288")
    return b


SUMMARY_HEAD = (
    "序号",
    "乡镇",
    "项目名称",
    "年度资金（万元）",
    "其中：财政拨款",
    "其他资金",
    "备注",
)


@variant("w03-qingxi-county-bundle-ok", (2, 7, 12), "cover sheet and two township sheets")
def w03() -> Book:
    """Correct: a county's bundle: a 转报汇总 cover sheet listing two township projects with a
    合计 row, then each township's table on its own sheet (one indicator table per sheet)."""
    b = Book()
    c = b.sheet("转报汇总", widths=(6, 10, 34, 16, 14, 12, 16))
    c.title("青溪县财政局转报2027年度乡镇项目支出绩效目标汇总表", 7)
    c.row("报送单位：青溪县财政局", None, None, None, None, "单位：万元", merge=[(1, 4), (6, 7)])
    c.row(*SUMMARY_HEAD)
    c.row(1, "龙潭镇", "龙潭镇农村饮水工程维修养护", money(45.6), money(40.0), money(5.6),
          "村集体自筹5.6万元")  # fmt: skip
    c.row(2, "白岩乡", "白岩乡茶叶初制所标准化改造补助", money(38.0), money(38.0), money(0.0))
    c.row("合计", None, None, money(83.6), money(78.0), money(5.6), merge=[(1, 3)])
    c.skip()
    c.row("经办人：吴晓丽", None, "审核人：田志刚", None, "报送日期：2026年11月21日")
    s = b.sheet("龙潭镇", widths=(12, 14, 30, 16, 16, 14))
    township(
        s,
        county="青溪县",
        town="龙潭镇",
        name="龙潭镇农村饮水工程维修养护",
        unit="龙潭镇水务服务站",
        amounts=(money(45.6), money(40.0), money(5.6)),
        goal="维修养护全镇9处集中供水工程，保障1.26万农村人口饮水安全，供水保证率不低于95%。",
        rows=[
            ("产出指标", "数量指标", "维修养护集中供水工程", "≥9处", "计划标准"),
            (None, None, "更换老化管网", "≥4.2公里", "计划标准"),
            (None, "质量指标", "维修工程验收合格率", "=100%", "行业标准"),
            (None, None, "水质检测合格率", "≥95%", "行业标准"),
            (None, "时效指标", "故障抢修到场时间", "24小时内", "历史标准"),
            (None, "成本指标", "管网更换每公里成本", "≤6.8万元/公里", "历史标准"),
            ("效益指标", "社会效益指标", "保障农村饮水安全人口", "≥1.26万人", "计划标准"),
            (None, None, "供水保证率", "不低于95%", "行业标准"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "95%以上", "历史标准"),
        ],
    )
    signatures(s, filled=(2026, 11, 8), names=("罗德明", "彭丽"), phone="0878-7410326")
    s = b.sheet("白岩乡", widths=(12, 14, 30, 16, 16, 14))
    township(
        s,
        county="青溪县",
        town="白岩乡",
        name="白岩乡茶叶初制所标准化改造补助",
        unit="白岩乡农业服务中心",
        amounts=(money(38.0), money(38.0), money(0.0)),
        goal="补助8家茶叶初制所完成清洁化、标准化改造，带动茶农户均增收800元以上。",
        rows=[
            ("产出指标", "数量指标", "补助改造茶叶初制所", "=8家", "计划标准"),
            (None, "质量指标", "改造验收达标率", "≥95%", "行业标准"),
            (None, "时效指标", "补助资金兑付时间", "验收合格后30日内", "计划标准"),
            (None, "成本指标", "每家初制所补助标准", "≤4.75万元/家", "计划标准"),
            ("效益指标", "经济效益指标", "带动茶农户均增收", "≥800元", "历史标准"),
            (None, "生态效益指标", "初制所燃煤锅炉替代", "全部完成", "计划标准"),
            ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%", "历史标准"),
        ],
    )
    signatures(s, filled=(2026, 11, 10), names=("龙开学", "杨小梅"), phone="0878-7425519")
    return b
