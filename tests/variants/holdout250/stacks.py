"""Several projects stacked in one sheet, and department tables whose indicators are a flat list
without tiers (qz13–qz18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout250.common import (
    ONE,
    TWO,
    book,
    breakdown,
    flat,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout250.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

CULTURE: list[tuple[dict[str, Any], list[tuple[Any, ...]]]] = [
    (dict(name="市文化馆免费开放项目", unit="洛溪市文化馆",
          money=one_year_money(wan(48), wan(40), wan(8)),
          goals=["2026年文化馆全年免费开放，举办公益培训班60期、公益展览12场，惠及群众1.8万人次。"]),
     [("产出指标", "数量指标", "举办公益培训班", "≥60期"),
      (None, None, "举办公益展览", "≥12场"),
      (None, "质量指标", "公益培训班学员结业率", "≥90%"),
      (None, "时效指标", "年度培训计划完成时间", "2026年12月20日前"),
      ("成本指标", "经济成本指标", "每期公益培训班成本", "≤3500元/期"),
      ("效益指标", "社会效益指标", "参与活动群众", "≥1.8万人次"),
      ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%")]),
    (dict(name="乡村“村晚”及群众文化活动补助", unit="洛溪市文化馆",
          money=one_year_money(wan(36), wan(36), wan(0)),
          goals=["2026年支持行政村举办“村晚”45场，覆盖90%以上的行政村，惠及群众2.5万人次。"]),
     [("产出指标", "数量指标", "举办村级“村晚”", "≥45场"),
      (None, "质量指标", "“村晚”覆盖行政村比例", "≥90%"),
      (None, "时效指标", "活动补助资金兑付时间", "2026年3月31日前"),
      ("成本指标", "经济成本指标", "每场“村晚”补助标准", "≤6000元/场"),
      ("效益指标", "社会效益指标", "参与活动群众", "≥2.5万人次"),
      ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]),
    (dict(name="非遗展演及传承人补助", unit="洛溪市非物质文化遗产保护中心",
          money=one_year_money(wan(30), wan(25), wan(5)),
          goals=["2026年举办非遗展演20场，补助市级非遗代表性传承人15人。"]),
     [("产出指标", "数量指标", "举办非遗展演", "≥20场"),
      (None, None, "补助市级非遗代表性传承人", "≥15人"),
      (None, "质量指标", "展演节目审核通过率", "≥95%"),
      (None, "时效指标", "传承人补助发放时间", "2026年11月30日前"),
      ("成本指标", "经济成本指标", "市级传承人补助标准", "=6000元/人·年"),
      (None, None, "单场非遗展演成本", "≤8000元/场"),
      ("效益指标", "可持续影响指标", "非遗项目传承活动常态化开展", "是"),
      ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]),
]  # fmt: skip


@variant("qz13-three-culture-projects", (2,), "three one-year projects stacked in one sheet, "
         "the same names with different values in different projects (correct)")  # fmt: skip
def qz13() -> Book:
    b, s = book("2026年项目绩效目标")
    for i, (head, rows) in enumerate(CULTURE):
        s.skip(2 if i else 0)
        project_head(s, year=2026, title="" if i else None, dept="洛溪市文化广电旅游局（126）",
                     **head)  # fmt: skip
        indicators(s, ONE, rows)
    sign(s, "韦晨曦", "蓝若溪", "0775-2869107")
    return b


def old_houses(s: Sheet) -> None:
    project_head(
        s, year=2026, name="明清古民居群保护修缮（一期）", dept="南嵛县文化广电旅游体育局（233）",
        unit="南嵛县文物管理所", money=one_year_money(wan(150), wan(120), wan(30)),
        goals=["2026年完成5栋古民居的木构件加固和屋面修缮，揭顶补瓦1500平方米。"],
    )  # fmt: skip
    breakdown(s, [
        ("木构件修缮", "梁柱、檩椽更换及加固，按实施方案工程量测算", wan(68)),
        ("屋面修缮", "揭顶补瓦1500平方米×300元/平方米", wan(45)),
        ("彩绘及石刻保护", "彩绘修复、石刻清洗加固", wan(22)),
        ("勘察设计及监理", "按工程费的8%左右计取", wan(12)),
    ], mk(wan(150), "B102", "error", row=True, note="68 + 45 + 22 + 12 = 147"))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "修缮古民居", "≥5栋"),
        (None, None, "屋面揭顶补瓦面积", "≥1500平方米"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%"),
        (None, "时效指标", "修缮工程完工时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "屋面修缮单位成本", "≤300元/平方米"),
        ("效益指标", "社会效益指标", "古民居群接待参观群众", "≥2万人次"),
        (None, "可持续影响指标", "文物安全巡查制度", "落实"),
        ("满意度指标", "服务对象满意度指标", "村民及游客满意度", "≥90%"),
    ])  # fmt: skip


@variant("qz14-relics-and-fitness-stacked", (2, 12), "two one-year projects stacked, the first "
         "with a 资金测算明细 block: lines adding to 147 under a 合计 of 150, a conflicting "
         "duplicate and a 完成时间 given as 100% in the second")  # fmt: skip
def qz14() -> Book:
    b, s = book("Sheet1")
    old_houses(s)
    s.skip(2)
    project_head(
        s, year=2026, title="", name="村级全民健身路径建设", dept="南嵛县文化广电旅游体育局（233）",
        unit="南嵛县体育事业发展中心", money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["2026年在20个行政村新建全民健身路径，安装健身器材40套。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建村级健身路径", "≥20处"),
        (None, None, "健身路径器材安装", "≥40套"),
        (None, None, "配套休息座椅", "≥60张"),
        (None, None, "健身路径器材安装",
         mk("≥45套", "D102", "error", alt=("D103",), note="the same indicator says ≥40套 above")),
        (None, "质量指标", "器材安装验收合格率", "≥98%"),
        (None, "时效指标", "器材安装完成时间",
         mk("100%", "T113", "warning", note="a deadline: 2026年X月X日前 meant")),
        ("成本指标", "经济成本指标", "单处健身路径建设成本", "≤3万元/处"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼的村民", "≥4000人"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄启明", "莫晓岚", "0778-4120415")
    return b


@variant("qz15-bureau-flat-list", (3,), "department table of a culture, tourism and sports "
         "bureau: five tasks adding to 项目支出, a flat indicator list without tiers, a 下降率 "
         "with ≥, =0起, a 补助标准 within its task (correct)")  # fmt: skip
def qz15() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="栖梧县文化广电旅游体育局",
        budget=[(wan(1860), wan(1720), wan(140), wan(1150), wan(710))],
        tasks=[("文物保护修缮", "修缮省、县级文物保护单位4处", wan(260), "消除文物本体险情"),
               ("公共文化场馆免费开放", "图书馆、文化馆、美术馆免费开放", wan(180),
                "全年免费开放不少于300天"),
               ("全民健身活动", "举办全民健身赛事，维护公共体育设施", wan(150), "举办赛事25场"),
               ("非遗保护传承", "传承人补助、非遗展演", wan(70), "认定县级传承人10人"),
               ("乡村文化活动", "送文化下乡、村级文化活动补助", wan(50), "开展活动200场"),
               ("金额合计", None, wan(710), None)],
        goal="2026年完成4处文物保护单位修缮，公共文化场馆免费开放不少于300天，举办全民健身赛事"
             "25场，开展乡村文化活动200场，文物安全责任事故零发生。",
    )  # fmt: skip
    flat(s, "年度绩效指标", [
        ("修缮省、县级文物保护单位", "≥4处"),
        ("文物保护单位安全巡查覆盖率", "≥98%", "每月巡查不少于1次"),
        ("公共文化场馆年免费开放天数", "≥300天"),
        ("举办全民健身赛事活动", "≥25场"),
        ("公共体育设施维护完好率", "≥95%"),
        ("认定县级非遗代表性传承人", "≥10人"),
        ("开展乡村文化活动", "≥200场"),
        ("每场乡村文化活动补助标准", "≤2000元/场"),
        ("文物安全责任事故", "=0起"),
        ("群众文化服务投诉件数较上年下降率", "≥10%"),
        ("项目资金拨付完成时间", "2026年10月31日前"),
        ("公共文化服务群众满意度", "≥90%", "第三方问卷调查"),
    ])  # fmt: skip
    sign(s, "钟明澈", "韦书宁", "0779-6231402")
    return b


@variant("qz16-sports-centre-flat", (3,), "department table of a sports centre with a flat "
         "list headed 目标值: 资金总额 ≠ 基本支出 + 项目支出, a count without a unit, a number "
         "in a name that contradicts the value")  # fmt: skip
def qz16() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="石坪县体育事业发展中心",
        budget=[(mk(wan(620), "B101", "error", row=True, note="400 + 230 = 630"), wan(560), wan(60),
                 wan(400), wan(230))],
        tasks=[("全民健身赛事活动", "举办县级以上全民健身赛事", wan(95), "赛事30场"),
               ("体育场馆免费低收费开放", "县体育馆、游泳馆开放运行", wan(80), "开放不少于330天"),
               ("健身设施维护更新", "村级健身广场新建及器材维护", wan(55), "新建健身广场8个"),
               ("金额合计", None, wan(230), None)],
        goal="全年举办县级以上全民健身赛事活动30场，新建村级全民健身广场8个，维护更新健身路径"
             "器材300套，体育场馆免费低收费开放不少于330天。",
    )  # fmt: skip
    flat(s, "年度绩效指标", [
        ("举办县级以上全民健身赛事活动", mk("≥30", "T104", "warning", note="30场 meant")),
        ("新建5个村级全民健身广场", mk("≥8个", "T110", "warning", row=True, note="name: 5")),
        ("维护更新健身路径器材", "≥300套"),
        ("体育场馆免费低收费开放天数", "≥330天"),
        ("健身器材维护更新单套成本", "≤1500元/套"),
        ("国民体质监测合格率", "≥92%"),
        ("赛事安全事故", "=0起"),
        ("健身群众满意度", "≥90%"),
    ], header=("序号", "指标名称", None, "目标值", "指标说明", None))  # fmt: skip
    sign(s, "覃立诚", "农雅琴", "0776-7213512")
    return b


@variant("qz17-tourism-and-race-stacked", (2, 8), "two projects stacked: a two-year one with "
         "中期/年度 columns, then a one-year race with a 计量单位 column (correct)")  # fmt: skip
def qz17() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="乡村旅游重点村公共服务设施提升",
        dept="云岭县文化广电旅游体育局（152）", unit="云岭县旅游发展服务中心",
        money=period_money((wan(260), wan(220), wan(40)), (wan(150), wan(130), wan(20))),
        goals=["2026年—2027年为8个乡村旅游重点村改造旅游厕所16座、设置标识标牌120块。",
               "2026年改造旅游厕所9座、设置标识标牌70块。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "提升改造旅游厕所", "≥16座", "≥9座"),
        (None, None, "设置旅游标识标牌", "≥120块", "≥70块"),
        (None, "质量指标", "改造工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "改造工程完工时间", "2027年11月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "旅游厕所单座改造成本", "≤9.5万元/座", "≤9.5万元/座"),
        ("效益指标", "经济效益指标", "重点村乡村旅游接待人次增长率", "≥10%", "≥5%"),
        (None, "可持续影响指标", "设施管护责任落实到村", "落实", "落实"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2026, title="", name="2026环湖自行车公开赛", dept="云岭县文化广电旅游体育局（152）",
        unit="云岭县体育事业发展中心", attr="一次性项目",
        money=one_year_money(wan(45), wan(30), wan(15), other_label="其他资金（赛事赞助）"),
        goals=["2026年10月底前举办环湖自行车公开赛，参赛选手1500人，带动周边餐饮住宿消费。"],
    )  # fmt: skip
    indicators(s, (*ONE, "计量单位"), [
        ("产出指标", "数量指标", "参赛选手人数", "≥1500", "人"),
        (None, "质量指标", "赛事安全事故发生起数", "=0", "起"),
        (None, "时效指标", "赛事举办时间", "2026年10月31日前", None),
        ("成本指标", "经济成本指标", "人均办赛成本", "≤280", "元/人"),
        ("效益指标", "经济效益指标", "带动周边餐饮住宿消费", "≥300", "万元"),
        (None, "社会效益指标", "赛事网络直播观看量", "≥50", "万人次"),
        ("满意度指标", "服务对象满意度指标", "参赛选手满意度", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龙启航", "潘玉洁", "0873-3356817")
    return b


@variant("qz18-library-flat-copied", (3,), "department table of a library, a flat list under "
         "a heading copied from last year (2025 in a 2026 table), a 场 left as XX")  # fmt: skip
def qz18() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="洛溪市图书馆",
        budget=[(wan(540), wan(500), wan(40), wan(380), wan(160))],
        tasks=[("免费开放运行", "馆舍及12个分馆免费开放", wan(90), "全年免费开放"),
               ("全民阅读推广", "阅读推广活动、少儿阅读", wan(40), "活动120场"),
               ("数字资源建设", "数据库采购及数字化加工", wan(30), "访问量50万次"),
               ("金额合计", None, wan(160), None)],
        goal="2026年图书馆全年免费开放，接待读者30万人次，开展全民阅读推广活动120场，新增纸质"
             "图书1.5万册。",
    )  # fmt: skip
    flat(s, mk("2025年度绩效指标", "Y101", "error", alt=("Y103",),
               note="a 2026 table: the heading was carried over"), [
        ("年接待读者", "≥30万人次"),
        ("开展全民阅读推广活动", "≥120场"),
        ("其中：少儿阅读推广活动", mk("≥XX场", "X101", "error")),
        ("新增馆藏纸质图书", "≥1.5万册"),
        ("数字资源年访问量", "≥50万次"),
        ("单场阅读推广活动成本", "≤3000元/场"),
        ("读者咨询24小时内答复率", "≥95%"),
        ("读者满意度", "≥90%", "馆内及线上问卷"),
    ])  # fmt: skip
    sign(s, "邓清远", "欧阳慧", "0797-6652143")
    return b
