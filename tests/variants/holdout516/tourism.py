"""Returns on 瑶浴 as a tourism trade: bath-house inns, craft workshops, village bath stops, a
bath festival, a wellness trail and study-tour routes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout516.common import (
    TOURISM,
    funds,
    funds_period,
    header,
    note,
    project,
    sign,
    start,
    tiers,
    wan,
)
from tests.variants.holdout516.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("bf03-inn-numbered-tiers", (5, 7),
         "project, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标, 1.…), headers "
         "指标内容 and 绩效标准, `=100%` as text on a ceiling rate (correct)")  # fmt: skip
def bf03() -> Book:
    b, s = start()
    project(s, "瑶浴民宿汤屋服务提升", TOURISM, "莳峒县旅游发展服务中心",
            funds(wan(120), wan(100), wan(20)),
            ["提升改造30家民宿汤屋，培训药浴服务人员150人，打造枫槽村瑶浴民宿集群。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "指标内容", "绩效标准")
    tiers(s, [
        ("一、产出指标", "（一）数量指标", "1.提升改造民宿汤屋", "≥30家"),
        (None, None, "2.培训民宿药浴服务人员", "≥150人"),
        (None, "（二）质量指标", "3.汤屋卫生检查合格率", "=100%"),
        (None, "（三）时效指标", "4.改造项目完工时间", "2026年10月31日前"),
        ("二、成本指标", "（一）经济成本指标", "5.每家汤屋改造补助标准", "≤3万元/家"),
        ("三、效益指标", "（一）经济效益指标", "6.参与民宿药浴服务收入增长率", "≥15%"),
        (None, "（二）社会效益指标", "7.带动村民就业人数", "≥80人"),
        ("四、满意度指标", "（一）服务对象满意度指标", "8.入住游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "盘志强", "0735-6631275")
    return b


def small(s: Sheet, name: str, unit: str, money_rows: Sequence[Sequence[Any]], goal: str,
          rows: Sequence[Sequence[Any]], title: str | None = None) -> None:  # fmt: skip
    """One stacked project: its head, its header and its indicator rows."""
    project(s, name, TOURISM, unit, money_rows, [goal], title=title)
    header(s, *TIERS4)
    tiers(s, rows)


@variant("bf04-stacked-workshop-signs-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not add "
         "up and one of its rates is a count; the same name with different values across "
         "them")  # fmt: skip
def bf04() -> Book:
    b, s = start()
    small(s, "瑶浴古法技艺传承工坊", "莳峒县非遗保护中心", funds(wan(40), wan(35), wan(5)),
          "开办古法药浴传承培训班8期，新增持证药浴师40人。", [
              ("产出指标", "数量指标", "开展传承培训班", "≥8期"),
              (None, "质量指标", "学员结业考核合格率", "≥90%"),
              (None, "成本指标", "每期培训成本", "≤4万元/期"),
              ("效益指标", "社会效益指标", "新增持证药浴师", "≥40人"),
              ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
          ])  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", note="财政拨款 60 + 其他资金 25 = 85 ≠ 95")
    small(s, "瑶浴小镇游客导视与解说系统", "莳峒县旅游发展服务中心",
          funds(total, wan(60), wan(25)), "在瑶浴小镇设置导视牌40块，覆盖主要游览节点。", [
              ("产出指标", "数量指标", "设置导视解说牌", "≥40块"),
              (None, "质量指标", "主要游览节点导视覆盖率",
               mk("18个", "T105", "error", note="a coverage rate given as a count")),
              (None, "成本指标", "单块导视牌制作安装成本", "≤1.5万元/块"),
              ("效益指标", "社会效益指标", "游客问路类咨询减少", "≥30%"),
              ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥85%"),
          ], title="")  # fmt: skip
    return b


@variant("bf05-stacked-three-villages", (2, 12),
         "three village bath-stop projects stacked in one sheet, OLD-NAT, one value column, money "
         "adding up in each, the same indicator name with different values (correct)")  # fmt: skip
def bf05() -> Book:
    b, s = start()
    villages = [("坳门村", 30, 26, 4, 6000, 3, 8), ("枫槽村", 24, 24, 0, 4500, 2, 10),
                ("石鼓冲村", 18, 15, 3, 3000, 2, 7)]  # fmt: skip
    for i, (village, total, grant, other, guests, stops, cost) in enumerate(villages):
        if i:
            s.skip()
        small(s, f"{village}瑶浴体验点建设", f"{village}村民委员会",
              funds(wan(total), wan(grant), wan(other)),
              f"建设{village}瑶浴体验点{stops}处，全年接待药浴游客{guests}人次以上。", [
                  ("产出指标", "数量指标", "建成瑶浴体验点", f"≥{stops}处"),
                  (None, None, "接待药浴游客人次", f"≥{guests}人次"),
                  (None, "质量指标", "体验点卫生检查合格率", "≥95%"),
                  (None, "成本指标", "每处体验点建设成本", f"≤{cost}万元/处"),
                  ("效益指标", "经济效益指标", "村集体经营性收入增加", "≥5万元"),
                  ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
              ], title=None if i == 0 else "")  # fmt: skip
    return b


@variant("bf09-festival-notes-page-break", (4,),
         "project, OLD-NAT, score column: a 注 row inside the table, subtotal rows, the header "
         "repeated after a page break, a 说明 explaining the 90-point total, 填表说明 and "
         "signature lines (correct)")  # fmt: skip
def bf09() -> Book:
    b, s = start(widths=(16, 16, 30, 18, 10))
    project(s, "第三届莳峒瑶浴文化旅游节", TOURISM, "莳峒县文化馆",
            funds(wan(75), wan(60), wan(15)),
            ["举办瑶浴文化旅游节主题活动6场，吸引游客5万人次，推介瑶浴民宿和药浴包。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    header(s, *head)
    tiers(s, [
        ("产出指标", "数量指标", "举办主题活动场次", "≥6场", 10),
        (None, None, "吸引游客人次", "≥50000人次", 10),
        (None, "质量指标", "活动安全事故", "≤0起", 10),
        (None, "时效指标", "活动举办时间", "2026年7月31日前", 10),
        (None, "成本指标", "单场活动成本", "≤8万元/场", 10),
    ])  # fmt: skip
    s.row(None, None, "小计", None, 50)
    note(s, "注：游客人次以景区闸机和民宿入住登记合计为准。", 5)
    s.skip()
    header(s, *head)
    tiers(s, [
        ("效益指标", "经济效益指标", "节庆期间瑶浴民宿入住率", "≥85%", 10),
        (None, None, "药浴包现场销售额", "≥60万元", 10),
        (None, "社会效益指标", "瑶浴文化网络传播量", "≥200万次", 10),
    ])  # fmt: skip
    s.row(None, None, "小计", None, 30)
    tiers(s, [("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", 10)])
    s.row("合计", None, None, None, 90)
    note(s, "说明：指标分值合计90分，预算执行率10分由县财政局另行评价。", 5)
    note(s, "填表说明：1.指标值须量化；2.满意度以第三方问卷调查为准，样本不少于300份。", 5)
    s.row("单位负责人：冯国华", None, "审核人：盘志强")
    sign(s, "邓丽君", "0735-6631262", (2025, 12, 8))
    return b


@variant("bf11-trail-two-year", (7, 8),
         "two-year project, OLD-NAT, headers 考核指标, 目标值（实施期）, 目标值（年度） and a "
         "评价标准 column; annual below period for counts, equal for rates and unit costs "
         "(correct)")  # fmt: skip
def bf11() -> Book:
    b, s = start(widths=(14, 14, 26, 18, 18, 18))
    project(s, "瑶浴康养步道与汤屋群建设", TOURISM, "莳峒县旅游发展服务中心",
            funds_period(wan(380), wan(200), wan(170), wan(30)),
            ["两年内建成康养步道12公里、汤屋20间，形成瑶浴康养旅游环线。",
             "2026年建成康养步道6公里、汤屋8间，步道首段开放。"],
            years=2, attr="新增项目")  # fmt: skip
    header(s, "一级指标", "二级指标", "考核指标", "目标值（实施期）", "目标值（年度）", "评价标准")
    tiers(s, [
        ("产出指标", "数量指标", "建成康养步道长度", "≥12公里", "≥6公里", "按完成比例计分"),
        (None, None, "新建汤屋", "≥20间", "≥8间", "按完成比例计分"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1), "未达到不得分"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2026年12月31日前",
         "逾期不得分"),
        (None, "成本指标", "步道每公里建设成本", "≤18万元/公里", "≤18万元/公里", "超支不得分"),
        ("效益指标", "经济效益指标", "康养游客带动消费", "≥1500万元", "≥600万元", "按完成比例计分"),
        (None, "社会效益指标", "带动周边村民就业", "≥120人", "≥60人", "按完成比例计分"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "盘志强", "0735-6631275")
    return b


@variant("bf12-study-tour-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: one tier "
         "declares 30 over 25; a satisfaction rate with =, 百分点 on a rate change")  # fmt: skip
def bf12() -> Book:
    b, s = start(widths=(14, 10, 18, 30, 16, 10))
    project(s, "瑶浴研学旅行线路开发", TOURISM, "莳峒县旅游发展服务中心",
            funds(wan(50), wan(45), wan(5)),
            ["开发瑶浴研学线路4条，接待中小学生研学3000人次。"])  # fmt: skip
    header(s, "一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    declared = mk(
        30, "W103", "error", note="效益指标 declares 30; its indicators give 10+10+5 = 25"
    )
    tiers(s, [
        ("产出指标", 40, "数量指标", "开发研学线路", "≥4条", 10),
        (None, None, None, "接待研学学生", "≥3000人次", 10),
        (None, None, "质量指标", "线路安全评估通过率", "100%", 10),
        (None, None, "时效指标", "线路上线时间", "2026年6月30日前", 10),
        ("成本指标", 20, "经济成本指标", "每条线路开发成本", "≤8万元/条", 10),
        (None, None, "社会成本指标", "研学活动安全事故", "≤0起", 10),
        ("效益指标", declared, "经济效益指标", "研学带动村民收入", "≥50万元", 10),
        (None, None, "社会效益指标", "学生瑶浴文化知晓率", "提高≥10百分点", 10),
        (None, None, "可持续影响指标", "签约合作学校", "≥12所", 5),
        ("满意度指标", 10, "服务对象满意度指标", "研学学生满意度",
         mk("=92%", "T107", "warning", note="= on a satisfaction rate, meant ≥92%"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="indicator points add to 95, not 100: the W103 mismatch")  # fmt: skip
    sign(s, "邓丽君", "0735-6631262")
    return b
