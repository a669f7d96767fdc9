"""Department tables (§3.2) of a culture and tourism bureau, a museum, a broadcasting service
centre, a sports centre and a cultural centre."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout35.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant(
    "is07-culture-bureau-ok",
    (12,),
    "department, NAT-2021: budget adding both ways, tasks "
    "adding to 项目支出, a percent cell with 0.0%",
)
def is07() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2025,
        dept="望川县文化和旅游局",
        budget=[(1250.00, 1180.00, 70.00, 820.00, 430.00)],
        tasks=[
            (
                "公共文化场馆免费开放",
                "图书馆、文化馆、博物馆免费开放运行保障",
                180.00,
                "三馆全年免费开放",
            ),
            ("送文化下乡", "惠民演出、送书下乡、农村公益电影放映", 150.00, "惠民演出不少于100场"),
            ("文旅宣传推广", "节会活动、线上线下推广", 100.00, "游客人次增长6%以上"),
            ("金额合计", None, 430.00, None),
        ],
        goal="目标1：保障公共文化场馆免费开放；目标2：完成惠民演出100场、公益电影放映"
        "1560场；目标3：全县接待游客人次比上年增长6%以上。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "免费开放场馆数", "3个", None),
            (None, None, "惠民演出场次", "≥100场", None),
            (None, None, "农村公益电影放映场次", "≥1560场", "130个行政村×12场"),
            (None, "质量指标", "文物安全责任事故", "0起", None),
            (None, None, "惠民演出节目审核合格率", ok(C(1, "0.0%"), note="shows 100.0%"), None),
            (None, "时效指标", "资金拨付及时率", "≥95%", None),
            ("成本指标", "经济成本指标", "惠民演出场均补助", "≤0.8万元/场", None),
            ("效益指标", "社会效益指标", "游客接待人次增长率", "≥6%", "比上年"),
            (None, None, "公共文化服务群众知晓率", "≥85%", None),
            (None, "可持续影响指标", "公共文化服务体系", "持续完善", None),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "is08-museum-wrong",
    (12, 5),
    "department, NAT-2021: 基本 + 项目 ≠ 资金总额, tasks not "
    "adding to 金额合计, no 满意度指标 for a venue open to visitors",
)
def is08() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    total = mk(640.00, "B101", "error", row=True, note="380 + 250 = 630")
    department_head(
        s,
        year=2025,
        dept="临岫市博物馆",
        budget=[(total, 600.00, 40.00, 380.00, 250.00)],
        tasks=[
            ("免费开放运行", "展厅开放、讲解服务、安保保洁", 120.00, "全年开放不少于310天"),
            ("文物征集与保护", "征集地方文物、馆藏文物预防性保护", 80.00, "征集文物不少于30件"),
            ("陈列展览更新", "基本陈列提升、临时展览", 60.00, "举办临时展览6个"),
            ("金额合计", None, mk(250.00, "B102", "error", note="120+80+60=260"), None),
        ],
        goal="全年免费开放不少于310天，接待观众25万人次以上，征集文物30件，举办临时展览6个。",
    )
    b.file_mark("F106", "error", note="no 满意度指标 although visitors are served")
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "接待观众人次", "≥25万人次", None),
            (None, None, "征集文物数量", "≥30件", None),
            (None, None, "举办临时展览", "6个", None),
            (None, "质量指标", "馆藏文物完好率", "≥99%", None),
            (None, "时效指标", "全年开放天数", "≥310天", None),
            ("成本指标", "经济成本指标", "临时展览平均成本", "≤10万元/个", None),
            ("效益指标", "社会效益指标", "青少年研学参观人次", "≥3万人次", None),
            (None, "可持续影响指标", "馆藏文物保护水平", "逐步提升", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "is09-broadcast-centre-ok",
    (8, 1),
    "department, Dongguan style 实施周期 and 年度 "
    "columns equal for a one-year period, coverage rates as percent cells with 0.0%",
)
def is09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2025,
        dept="白岩县广播电视服务中心",
        budget=[(318.60, 318.60, 0.00, 212.40, 106.20)],
        tasks=[
            ("广播电视村村通运维", "186个行政村设备巡检、维修", 58.00, "村村通设备正常运行"),
            ("应急广播体系运维", "县乡村三级应急广播终端运维", 48.20, "终端在线率95%以上"),
            ("金额合计", None, 106.20, None),
        ],
        goal="保障186个行政村广播电视信号稳定覆盖，应急广播终端在线率达到95%以上，"
        "故障24小时内修复。",
    )
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "维护行政村数量", "186个", "186个"),
            (None, None, "应急广播终端运维数量", "≥1100个", "≥1100个"),
            (
                None,
                "质量指标",
                "广播综合人口覆盖率",
                ok(pct(0.995, "0.0%")),
                ok(pct(0.995, "0.0%")),
            ),
            (None, None, "电视综合人口覆盖率", ok(pct(0.996, "0.0%")), ok(pct(0.996, "0.0%"))),
            (None, None, "应急广播终端在线率", "≥95%", "≥95%"),
            (None, "时效指标", "故障修复响应时间", "24小时内", "24小时内"),
            ("成本指标", "经济成本指标", "单村年均维护费用", "≤0.3万元/村", "≤0.3万元/村"),
            ("效益指标", "社会效益指标", "农村群众收听收看条件", "明显改善", "明显改善"),
            (None, "可持续影响指标", "运维管护机制", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "is10-sports-centre-wrong",
    (5, 6, 13),
    "department, NAT-2021: 时效指标 under 效益指标, "
    "a tier-2 left from the template, a value without a name",
)
def is10() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2025,
        dept="东陵县全民健身中心",
        budget=[(260.00, 250.00, 10.00, 150.00, 110.00)],
        goal="体育场馆全年免费或低收费开放，举办全民健身赛事12场，完成场馆维修改造2处。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "场馆开放天数", "≥330天", None),
            (None, None, mk(None, "F110", "error"), "≥12场", None),
            (None, None, "健身指导服务人次", "≥2万人次", None),
            (None, "质量指标", "场馆设施完好率", "≥95%", None),
            ("成本指标", "经济成本指标", "场馆年运维成本", "≤110万元", None),
            ("效益指标", "社会效益指标", "群众健身参与度", "明显提高", None),
            (None, mk("时效指标", "F105", "error"), "场馆维修完成时间", "9月30日前", None),
            (None, mk("生态效益指标", "F109", "warning", row=True), None, None, None),
            (None, "可持续影响指标", "场馆公益开放机制", "长期有效", None),
            ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "is11-cultural-centre-ok",
    (4,),
    "department, NAT-2021: a note row "
    "between tiers, 填报说明, signatures and a fill date of the year before",
)
def is11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s,
        year=2025,
        dept="岚溪区文化馆",
        budget=[(412.80, 400.80, 12.00, 296.80, 116.00)],
        tasks=[
            ("群众文化活动", "广场文艺、非遗展演、节庆活动", 46.00, "活动不少于60场"),
            ("公益培训", "舞蹈、书画、合唱免费培训", 38.00, "培训3000人次"),
            ("非遗保护传承", "非遗项目记录、传承人补助", 32.00, "记录项目5项"),
            ("金额合计", None, 116.00, None),
        ],
        filled=day(2024, 11, 8, CN_DATE),
        goal="开展群众文化活动60场以上，免费培训3000人次，完成5项区级非遗项目记录，"
        "传承人补助按时发放。",
    )
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "群众文化活动场次", "≥60场", None),
            (None, None, "公益培训人次", "≥3000人次", None),
            (None, None, "非遗项目记录数量", "5项", None),
            (None, "质量指标", "培训课程完成率", "≥95%", None),
            (None, "时效指标", "传承人补助发放时间", "6月30日前", None),
        ],
        merged=(1, 2),
    )
    s.row("（以下指标按区财政局统一口径填列）", merge=[(1, 5)])
    s.table(
        [
            ("成本指标", "经济成本指标", "非遗传承人年补助标准", "≤0.6万元/人", "共12人"),
            ("效益指标", "社会效益指标", "非遗项目社会影响力", "有效提升", None),
            (None, "可持续影响指标", "公共文化服务阵地作用", "持续发挥", None),
            ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.row("填报说明：1.金额单位为万元；2.指标值应可量化、可考核。", merge=[(1, 5)])
    s.row("单位负责人：林晓", None, "填表人：许蔓", "联系电话：0591-8876203")
    return b
