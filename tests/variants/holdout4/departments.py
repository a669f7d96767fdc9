"""Department tables (部门整体支出绩效目标表, §3.2) sent to the provincial 财政厅 (a13, a14):
budget with shares, 年度主要任务 with a 金额合计, total goals, an indicator table."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout4.common import PROVINCE, signatures
from tests.variants.holdout4.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, day, mk, pct

WIDE = (16, 18, 30, 18, 26, 14)
H5 = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "a13-department-ok",
    (4, 12),
    "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = "
    "基本支出 + 项目支出 with rounded shares in 0.0%, tasks adding to 项目支出, a footnote "
    "and signature lines",
)
def a13() -> Book:
    book = Book()
    s = book.sheet("部门整体绩效目标", WIDE)
    department_head(s, year=2025, dept=f"{PROVINCE}体育局", budget=[
        (C(21500, WAN), C(19800, WAN), C(1700, WAN), C(8300, WAN), C(13200, WAN)),
        (pct(1, "0.0%"), pct(0.921, "0.0%"), pct(0.079, "0.0%"), pct(0.386, "0.0%"),
         pct(0.614, "0.0%")),
    ], tasks=[
        ("全民健身赛事活动", "举办省级全民健身赛事和线上健身活动", C(3600, WAN),
         "举办省级全民健身赛事50项次"),
        ("竞技体育训练保障", "省级运动队训练、参赛和后勤保障", C(6800, WAN),
         "完成全国性赛事参赛任务"),
        ("体育场地设施补助", "补助县级公共体育场馆免费低收费开放", C(2800, WAN),
         "支持公共体育场馆开放70个"),
        ("金额合计", None, C(13200, WAN), None),
    ], goal="目标1：举办省级全民健身赛事50项次，培训社会体育指导员3000人；"
            "目标2：完成全国性赛事参赛任务；目标3：支持70个公共体育场馆免费低收费开放。",
        filled=day(2024, 11, 20))  # fmt: skip
    s.row(*H5)
    s.table([
        ("产出指标", "数量指标", "举办省级全民健身赛事", "≥50项次", None),
        (None, None, "培训社会体育指导员", "≥3000人", None),
        (None, None, "支持公共体育场馆免费低收费开放", "≥70个", None),
        (None, "质量指标", "运动员兴奋剂检查合格率", "=100%", None),
        (None, "时效指标", "场馆补助资金下达时限", "≤45日", None),
        ("成本指标", "经济成本指标", "单个场馆开放补助", "≤40万元/个", None),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥38.5%", "较上年提高"),
        (None, "可持续影响指标", "全民健身公共服务体系", "逐步完善", None),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("注：占比按四舍五入保留一位小数。")
    signatures(s, who="黄思远", checker="苏明德", phone="0871-6533 7302",
               filled=day(2024, 11, 20, CN_DATE))  # fmt: skip
    return book


@variant(
    "a14-department-defects",
    (6, 12, 13),
    "department, NAT-2021: tasks not adding to "
    "金额合计, an indicator value without a name, an empty tier-2 left from the template, "
    "an indicator repeated under 效益",
)
def a14() -> Book:
    book = Book()
    s = book.sheet("部门整体绩效目标", WIDE)
    department_head(s, year=2025, dept=f"{PROVINCE}民政厅", budget=[
        (C(46000, WAN), C(44000, WAN), C(2000, WAN), C(12000, WAN), C(34000, WAN)),
    ], tasks=[
        ("困难群众救助", "城乡低保、特困供养和临时救助", C(20000, WAN), "保障困难群众基本生活"),
        ("养老服务体系建设", "新增养老服务床位、居家社区养老服务", C(9000, WAN),
         "新增养老服务床位5000张"),
        ("儿童福利保障", "孤儿和事实无人抚养儿童基本生活保障", C(4500, WAN),
         "保障儿童1.2万人"),
        ("金额合计", None, mk(C(34000, WAN), "B102", "error",
                             note="20000 + 9000 + 4500 = 33500 ≠ 34000"), None),
    ], goal="目标1：保障城乡低保对象65万人基本生活；目标2：新增养老服务床位5000张；"
            "目标3：保障孤儿和事实无人抚养儿童1.2万人。",
        filled=day(2024, 11, 26))  # fmt: skip
    s.row(*H5)
    s.table([
        ("产出指标", "数量指标", "城乡低保对象保障", "≥65万人", None),
        (None, None, "新增养老服务床位", "≥5000张", None),
        (None, None, mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥1.2万人", None),
        (None, "质量指标", "低保资金社会化发放率", "=100%", None),
        (None, "时效指标", "救助资金发放及时率", "≥95%", None),
        ("成本指标", "经济成本指标", "每张养老床位建设补助", "≤1.2万元/张", None),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写"), None,
         None, None),
        ("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", None),
        (None, None, mk("新增养老服务床位", "D101", "warning", row=True,
                        alt=("D102", "D103", "F201"), note="与产出指标中的指标重复"),
         "≥5000张", None),
        (None, "可持续影响指标", "社会救助兜底保障机制", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return book
