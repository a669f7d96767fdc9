"""部门整体 tables of 街道 and 乡镇 with 年度主要任务, weights per tier and per indicator,
填表说明 rows and signatures (po11, po12, po14, po15)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout213.common import ONE, POINTS, book, indicators, notes, sign, wan
from tests.variants.holdout213.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("po11-street-department-points", (4, 10, 12), "街道 department, NAT-2021, tier-1 "
         "points and indicator points (each level adds to 100, a 合计 row for both), tasks "
         "adding to 项目支出, 填表说明 and a signature (correct)")  # fmt: skip
def po11() -> Book:
    b, s = book("部门整体", (14, 12, 16, 28, 18, 12))
    department_head(
        s, year=2026, dept="青岚市河埠街道办事处", filled=day(2025, 11, 26),
        budget=[(wan(1260), wan(1180), wan(80), wan(780), wan(480))],
        tasks=[
            ("社区治理", "8个社区党群服务中心运行及社区活动", wan(160), "社区服务阵地正常运行"),
            ("城市管理", "背街小巷环境整治及市容秩序管理", wan(180), "整治背街小巷30条"),
            ("平安建设", "网格化管理及矛盾纠纷调解", wan(90), "矛盾纠纷调解成功率95%以上"),
            ("民生保障", "困难群众走访慰问及临时救助", wan(50), "困难群众应助尽助"),
            ("金额合计", None, wan(480), None),
        ],
        goal="保障8个社区党群服务中心正常运行，整治背街小巷30条，矛盾纠纷调解成功率95%以上，"
             "走访慰问困难群众400户次，居民满意度90%以上。",
    )  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "社区党群服务中心运行数", "≥8个", 10),
        (None, None, None, "整治背街小巷数", "≥30条", 10),
        (None, None, None, "走访慰问困难群众户次", "≥400户次", 10),
        (None, None, "质量指标", "矛盾纠纷调解成功率", "≥95%", 10),
        (None, None, "时效指标", "背街小巷整治完成时间", "2026年11月30日前", 10),
        ("成本指标", 10, "经济成本指标", "背街小巷单条整治费用", "≤5万元/条", 10),
        ("效益指标", 30, "社会效益指标", "市容环境投诉量下降率", "≥10%", 10),
        (None, None, None, "社区活动居民参与率", "≥30%", 10),
        (None, None, "可持续影响指标", "网格化管理长效机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "辖区居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, [
        "填表说明：1.一级指标分值与三级指标分值各自合计100分，不重复计算；",
        "2.年度主要任务金额合计应与项目支出一致；3.指标值应可量化、可考核。",
    ])  # fmt: skip
    sign(s, "黎婉婷", "冯振华", (2025, 11, 26))
    return b


@variant("po12-town-tasks-not-adding", (4, 12), "乡镇 department, NAT-2021, one value column: "
         "the key tasks add to 310 while their 金额合计 (= 项目支出) says 340; 填表说明 "
         "below")  # fmt: skip
def po12() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="临溪县青萝镇人民政府",
        budget=[(wan(980), wan(930), wan(50), wan(640), wan(340))],
        tasks=[
            ("农村人居环境整治", "生活垃圾收运及村庄保洁", wan(120), "14个行政村保洁全覆盖"),
            ("安全生产与防汛", "安全生产检查、防汛物资储备", wan(60), "不发生较大以上事故"),
            ("基层综治", "综治中心运行及网格员补贴", wan(85), "网格事件办结率95%以上"),
            ("文化体育", "文化站运行及群众文体活动", wan(45), "举办文体活动20场"),
            ("金额合计", None,
             mk(wan(340), "B102", "error", note="120 + 60 + 85 + 45 = 310"), None),
        ],
        goal="全镇14个行政村保洁全覆盖，全年开展安全生产检查400家次，网格事件办结率95%以上，"
             "举办群众文体活动20场，群众满意度90%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "保洁覆盖行政村数", "≥14个"),
        (None, None, "安全生产检查家次", "≥400家次"),
        (None, None, "举办群众文体活动场次", "≥20场"),
        (None, "质量指标", "网格事件办结率", "≥95%"),
        (None, "时效指标", "防汛物资储备完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "生活垃圾收运单价", "≤180元/吨"),
        ("效益指标", "生态效益指标", "农村生活垃圾无害化处理率", "≥95%"),
        (None, "可持续影响指标", "村庄保洁长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, [
        "填表说明：年度主要任务按项目支出填列，指标值应包含比较符、数值和计量单位。",
    ])  # fmt: skip
    return b


@variant("po14-street-duplicate", (4,), "街道 社区服务 department, NAT-2021, weight column "
         "adding to 100: 志愿服务活动场次 ≥48场 listed twice under 数量指标; 填表说明 and a "
         "signature")  # fmt: skip
def po14() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 10, 12))
    department_head(
        s, year=2026, dept="白沙河区望川街道社区服务中心", filled=day(2025, 11, 21),
        budget=[(wan(305), wan(295), wan(10), wan(125), wan(180))],
        tasks=[
            ("社区志愿服务", "志愿服务活动组织及积分激励", wan(30), "开展志愿服务活动48场"),
            ("居家养老服务", "2个社区日间照料中心运营", wan(90), "日间照料中心正常运营"),
            ("儿童之家运行", "4个社区儿童之家运行", wan(60), "开展儿童活动96场"),
            ("金额合计", None, wan(180), None),
        ],
        goal="开展社区志愿服务活动48场以上，保障2个日间照料中心正常运营，4个儿童之家全年开展"
             "活动96场，居民满意度90%以上。",
    )  # fmt: skip
    first = mk("志愿服务活动场次", "D101", "warning", row=True, required=False,
               note="the first of the pair")  # fmt: skip
    again = mk("志愿服务活动场次", "D101", "warning", row=True, alt=("D102", "D103"),
               note="the same indicator and value again, row 4 of the block")  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", first, "≥48场", 10),
        (None, None, "日间照料中心运营数", "≥2个", 10),
        (None, None, "儿童之家活动场次", "≥96场", 10),
        (None, None, again, "≥48场", 10),
        (None, "质量指标", "日间照料服务规范达标率", "≥95%", 10),
        (None, "时效指标", "志愿服务积分兑换办理时限", "≤5个工作日", 10),
        ("成本指标", "经济成本指标", "单个日间照料中心年度运营补贴", "≤45万元/个", 10),
        ("效益指标", "社会效益指标", "社区志愿者注册人数增长率", "≥5%", 5),
        (None, None, "困境儿童关爱服务覆盖率", pct(1), 5),
        (None, "可持续影响指标", "志愿服务积分激励机制", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    notes(s, ["填表说明：权重合计为100分；指标值填写比较符、数值和计量单位。"])
    sign(s, "欧阳晴", "孔德林", (2025, 11, 21))
    return b


@variant("po15-town-goal-against", (12,), "乡镇 department, NAT-2021, value and 指标解释 "
         "columns, tasks adding up: the goal and the task say 检查600家次, the indicator "
         "≥500家次")  # fmt: skip
def po15() -> Book:
    b, s = book("Sheet1", (14, 16, 28, 16, 26, 10))
    goal = ("全年检查生产经营单位600家次以上，监测地质灾害隐患点18处，临时救助困难群众120户次，"
            "开展村级文化活动24场，群众满意度90%以上。")  # fmt: skip
    task = mk("检查企业600家次", "D104", "warning", required=False, note="600 against ≥500")
    department_head(
        s, year=2026, dept="临溪县杏坪乡人民政府",
        budget=[(wan(760), wan(720), wan(40), wan(520), wan(240))],
        tasks=[
            ("安全生产监管", "企业安全检查及隐患排查治理", wan(70), task),
            ("地质灾害防治", "隐患点监测及避险演练", wan(40), "隐患点监测全覆盖"),
            ("民政救助", "困难群众临时救助及走访慰问", wan(80), "困难群众应助尽助"),
            ("乡村文化", "村综合文化服务中心活动", wan(50), "开展文化活动24场"),
            ("金额合计", None, wan(240), None),
        ],
        goal=mk(goal, "D104", "warning", required=False, note="600家次 against ≥500家次"),
    )  # fmt: skip
    checks = mk("≥500家次", "D104", "warning", row=True,
                note="the 年度总体目标 and the task say 600家次")  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "安全生产检查家次", checks, "按检查台账统计"),
        (None, None, "地质灾害隐患点监测数", "≥18处", "汛期每日巡查"),
        (None, None, "临时救助困难群众户次", "≥120户次", "按救助审批表统计"),
        (None, None, "村级文化活动场次", "≥24场", "含文艺演出和培训"),
        (None, "质量指标", "安全隐患整改率", pct(1), "发现隐患全部整改"),
        (None, "时效指标", "临时救助审批时限", "≤5个工作日", "自受理之日起计算"),
        ("成本指标", "经济成本指标", "单户次临时救助平均金额", "≤3000元/户次", None),
        ("效益指标", "社会效益指标", "地质灾害避险演练群众参与率", "≥90%", "隐患点受威胁群众"),
        (None, "可持续影响指标", "地质灾害群测群防机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b
