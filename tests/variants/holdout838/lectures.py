"""Science lectures in schools: six returns (kfp07-kfp12)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout838.common import (
    TIERS,
    YEAR,
    book,
    notes,
    one_year,
    signature,
    table,
    wan,
)
from tests.variants.holdout838.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct


@variant(
    "kfp07-lecture-flat",
    (1, 3, 10),
    (
        "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
        "指标值), typed percent cells, a rise in 百分点 (correct)"
    ),
)
def lecture_flat() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="枫垣市青少年科技教育中心",
                    budget=[(wan(300), wan(280), wan(20), wan(180), wan(120))],
                    goal="全年开展科学家进校园讲座200场，覆盖中小学60所，学生科学素养测评优良率"
                         "比上年提高3个百分点。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("进校园科普讲座场次", 20, "场", "≥", 200),
        ("覆盖中小学校数", 15, "所", "≥", 60),
        ("参与学生人次", 15, "人次", "≥", 30000),
        ("讲座课件审核通过率", 10, "%", "≥", pct(0.95)),
        ("学生科学素养测评优良率提高幅度", 15, "百分点", "≥", 3),
        ("单场讲座平均成本", 10, "元/场", "≤", 4000),
        ("讲座安全事故发生次数", 5, "起", "=", 0),
        ("师生满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    signature(s, "谭书言", "0596-5182736", day(YEAR - 1, 12, 8, CN_DATE))
    return b


@variant(
    "kfp08-academician-class",
    (1, 11),
    (
        "project, OLD-NAT, operator column (指标性质) and unit column: schools below "
        "the goal's, a 完成率 as a count, a 满意度 under 社会效益"
    ),
)
def academician_class() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="“院士科普课堂”进校园", dept="柘塘县教育局 402",
                 unit="柘塘县科学技术协会", money=one_year(wan(80), wan(70), wan(10)),
                 goals=["在柘塘县中小学开展院士科普课堂进校讲座120场，覆盖学校40所，受益学生"
                        "2.4万人次。"])  # fmt: skip
    table(s, (*TIERS, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "进校讲座场次", "≥", 120, "场"),
        (None, None, "覆盖学校数", "≥",
         mk(30, "D104", "warning", row=True, note="年度目标写覆盖学校40所"), "所"),
        (None, None, "讲座计划完成率", "=",
         mk(120, "T105", "error", row=True, note="完成率写成场次"), "场"),
        (None, "质量指标", "主讲专家副高以上职称比例", "≥", pct(0.8), "%"),
        (None, "时效指标", "讲座完成时间", "≤", day(YEAR, 12, 20, CN_DATE), None),
        (None, "成本指标", "单场讲座成本", "≤", 0.6, "万元/场"),
        ("效益指标", "社会效益指标", "受益学生人次", "≥", 24000, "人次"),
        (None, None, mk("参与学生满意度", "F201", "warning", row=True,
                        note="满意度应在满意度指标下，不是社会效益"), "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "参与教师满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _stacked_head(s: Sheet, name: str, unit: str, money: list[list[Any]], goal: str,
                  first: bool) -> None:  # fmt: skip
    """A project head; the second of a stack has no title of its own."""
    project_head(s, year=YEAR, name=name, dept="鹭汀市教育局 506", unit=unit, money=money,
                 goals=[goal], title=None if first else "")  # fmt: skip


@variant(
    "kfp09-lecture-stacked",
    (2,),
    (
        "two school-lecture projects stacked in one sheet, OLD-NAT, the same indicator "
        "with other values in each, a later year prepared for (correct)"
    ),
)
def lecture_stacked() -> Book:
    b, s = book()
    _stacked_head(
        s,
        "青少年科学家讲堂",
        "鹭汀市青少年宫",
        one_year(wan(60), wan(60), wan(0)),
        "邀请科研人员进校讲座40场，听讲学生1.2万人次。",
        True,
    )
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "讲座场次", "≥40场"),
        (None, "质量指标", "讲座内容审核通过率", "=100%"),
        (None, "时效指标", "讲座完成时间", "2026年11月30日前"),
        (None, "成本指标", "单场讲座成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "听讲学生人次", "≥12000人次"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    _stacked_head(
        s,
        "科学实验进课堂",
        "鹭汀市教育科学研究所",
        one_year(wan(45), wan(40), wan(5)),
        "在20所小学开展科学实验课80场，为2027年全市推广积累课例。",
        False,
    )
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "实验课场次", "≥80场"),
        (None, None, "参与小学数", "≥20所"),
        (None, "质量指标", "实验课安全事故发生次数", "=0起"),
        (None, "时效指标", "实验课完成时间", "2026年12月15日前"),
        (None, "成本指标", "单场实验课耗材成本", "≤0.5万元/场"),
        ("效益指标", "可持续影响指标", "形成可推广课例", "≥10个"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "kfp10-drama-stacked",
    (2, 12),
    (
        "two projects stacked in one sheet, OLD-NAT: the second's money does not add "
        "up, its play count given twice with different values"
    ),
)
def drama_stacked() -> Book:
    b, s = book()
    _stacked_head(
        s,
        "校园科普讲座巡讲",
        "枫垣市科学技术协会",
        one_year(wan(50), wan(45), wan(5)),
        "全年巡讲50场，覆盖学生1.5万人次。",
        True,
    )
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "巡讲场次", "≥50场"),
        (None, "质量指标", "巡讲课件审核通过率", "=100%"),
        (None, "成本指标", "单场巡讲成本", "≤1万元/场"),
        ("效益指标", "社会效益指标", "覆盖学生人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(55), "B101", "error", row=True, note="财政拨款45+其他资金5=50≠55")
    _stacked_head(
        s,
        "科普剧进校园",
        "枫垣市青少年宫",
        one_year(total, wan(45), wan(5)),
        "编排科普剧3部，进校园演出30场。",
        False,
    )
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "科普剧进校园演出场次", "≥30场"),
        (None, None, "新编科普剧数量", "≥3部"),
        (None, None, "进校园科普剧演出场次",
         mk("≥24场", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="与“科普剧进校园演出场次 ≥30场”是同一指标，值却不同")),
        (None, "成本指标", "单场演出成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "观演学生人次", "≥9000人次"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfp11-village-class-labels",
    (4, 5),
    (
        "project, OLD-NAT, labels with * and ★ and abbreviated, a 注 row between tiers,"
        " 填表说明 and signature below, 0起 (correct)"
    ),
)
def village_class_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="乡村学校“科学小课堂”讲座", dept="柘塘县科学技术协会 217",
                 unit="柘塘县科技馆", money=one_year(wan(36), wan(30), wan(6)),
                 goals=["为全县乡村学校开展科学讲座100场，受益学生8000人次。"])  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("*产出指标", "★数量", "乡村学校科学讲座场次", "≥100场"),
        (None, "质量", "讲师培训合格率", "≥95%"),
        (None, None, "讲座安全事故", "=0起"),
        (None, "时效", "讲座完成时间", "2026年12月10日前"),
        (None, "成本", "单场讲座成本", "≤0.3万元/场"),
    ])  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除。")
    s.table([
        ("*效益指标", "社会效益", "受益学生人次", "≥8000人次"),
        ("*满意度指标", "服务对象满意度", "师生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：指标值请写比较符、数值和单位；定性指标写“好/较好/一般/差”。")
    signature(s, "孔令舟", "0598-7716352", day(YEAR - 1, 12, 5))
    s.row("单位负责人：", None, "（盖章）")
    return b


@variant(
    "kfp12-lecture-points-wrong",
    (5, 10),
    (
        "project, NAT-2021, tier-1 score column and indicator scores: 产出 scores not "
        "adding up, a cost under 数量, a deadline after the year"
    ),
)
def lecture_points_wrong() -> Book:
    b, s = book("绩效目标")
    project_head(s, year=YEAR, name="中小学“前沿科技”系列讲座", dept="澜湾区教育局 318",
                 unit="澜湾区教师发展中心", money=one_year(wan(60), wan(60), wan(0)),
                 goals=["2026年开展前沿科技讲座100场，受益学生3万人次。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计90，由产出分值不符引起")
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", mk(50, "W103", "error", note="20+5+10+5=40≠50"), "数量指标",
         "讲座场次", "≥100场", 20),
        (None, None, None, mk("单场讲座成本", "F201", "warning", row=True,
                              note="成本指标填在数量指标下"), "≤0.5万元/场", 5),
        (None, None, "质量指标", "讲座课件审核通过率", "≥95%", 10),
        (None, None, "时效指标", "讲座全部完成时间",
         mk("2027年6月30日前", "Y102", "error", note="一年期项目（2026年），期限落在2027年"), 5),
        ("成本指标", 10, "经济成本指标", "讲座经费支出", "≤60万元", 10),
        ("效益指标", 30, "社会效益指标", "受益学生人次", "≥30000人次", 20),
        (None, None, "可持续影响指标", "讲座视频资源入库数", "≥50个", 10),
        ("满意度指标", 10, "服务对象满意度指标", "学生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
