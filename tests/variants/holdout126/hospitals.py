"""Hospitals and health units (中医院, 卫生院, 妇幼保健院, 精神卫生中心, 血站, 康复医院):
mf07–mf12."""

from __future__ import annotations

from tests.variants.holdout126.common import (
    YEAR,
    budget_list,
    footer,
    goal,
    share,
    tasks,
    unit_head,
)
from tests.variants.holdout126.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, pct


def merge_cols(s, first: int, last_row: int, c1: int, c2: int) -> None:  # type: ignore[no-untyped-def]
    for r in range(first, last_row + 1):
        s.ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)


@variant("mf07-county-tcm-hospital-duty-tiers", (5, 12),
         "部门整体, tiers 履职效能 · 管理效率 · 社会效应, "
         "merged, 指标值说明 column")  # fmt: skip
def mf07() -> Book:
    b = Book()
    s = b.sheet("整体绩效目标", (14, 16, 30, 18, 20, 14))
    unit_head(s, title=f"{YEAR}年度部门（单位）整体绩效目标申报表", dept="临溪县中医医院",
              code="601045", contact="彭亮 0745-6632190", width=6)  # fmt: skip
    budget_list(s, total=8620.00, fin=1820.00, other=6800.00, basic=7340.00, staff=5210.00,
                public=2130.00, proj=1280.00,
                raw=(8620.00, 1820.00, 6800.00, 7340.00, 5210.00, 2130.00, 1280.00))  # fmt: skip
    tasks(s, [
        ("中医特色专科建设", "针灸推拿、骨伤专科能力建设", 420.00, "建成2个县级重点专科"),
        ("医疗设备购置", "DR、彩超等设备购置", 560.00, "10月底前安装使用"),
        ("县域医共体建设", "成员单位远程会诊、双向转诊", 180.00, "医共体运行顺畅"),
        ("公共卫生服务", "中医药健康管理", 120.00, "老年人中医药健康管理率达标"),
    ], 1280.00)  # fmt: skip
    goal(s, "全年门诊32万人次以上，建成2个县级中医重点专科，完成设备购置，推进县域医共体建设，"
         "群众就医满意度不断提高。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", None, merge=[(5, 6)])
    rows = [
        ("履职效能", "重点工作履行情况", "门诊诊疗人次", "≥32万人次", "上年31.2万人次"),
        (None, None, "出院人次", "≥1.5万人次", None),
        (None, None, "县级中医重点专科建成数", "2个", "专科建设方案"),
        (None, "履职质量", "甲级病案率", pct(0.95), "病案质控"),
        (None, None, "医院感染发生率", "≤3%（反向指标）", "院感监测"),
        (None, "履职时效", "设备购置安装完成时间", f"{YEAR}年10月31日前", None),
        (
            "管理效率",
            "预算管理",
            mk(
                "预算执行率",
                "*",
                "warning",
                required=False,
                row=True,
                note="管理效率 is the goal-side 过程 tier",
            ),
            "≥95%",
            "财务决算",
        ),
        (None, "资产管理", "固定资产账实相符率", pct(1), "资产清查"),
        (None, "内部管理", "平均住院日", "≤8.5天", "病案首页"),
        ("社会效应", "社会效益", "老年人中医药健康管理率", "不低于70%", "公卫系统"),
        (None, None, "县域内就诊率", "≥90%（医保结算口径）", "医保局数据"),
        (None, "可持续影响", "医共体远程会诊覆盖乡镇卫生院数", "≥12家", None),
        (None, "服务对象满意度", "门诊患者满意度", pct(0.9), "国家满意度调查平台"),
        (None, None, "住院患者满意度", "不低于92%", "国家满意度调查平台"),
    ]
    s.table([(*r, None) for r in rows], merged=(1, 2))
    merge_cols(s, s.r - len(rows) + 1, s.r, 5, 6)
    footer(s, "单位负责人：钟建华　　分管负责人：彭亮　　（盖章）")
    return b


@variant("mf08-township-clinic-direction", (11, 1, 12),
         "部门整体, "
         "NAT-2021, 比较符 · 指标值 · 计量单位 columns; ≥ on a 反向 rate")  # fmt: skip
def mf08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 8, 12, 12, 20))
    unit_head(s, title=f"{YEAR}年度部门整体支出绩效目标表", dept="白沙河区柳塘镇卫生院",
              code="602311", width=7)  # fmt: skip
    budget_list(s, total=386.40, fin=302.40, other=84.00, basic=298.40, staff=246.00,
                public=52.40, proj=88.00,
                raw=(386.40, 302.40, 84.00, 298.40, 246.00, 52.40, 88.00))  # fmt: skip
    tasks(s, [
        ("基本公共卫生服务", "健康档案、慢病随访、老年人体检", 62.00, "各项服务指标达标"),
        ("家庭医生签约服务", "签约履约、上门随访", 18.00, "重点人群签约覆盖"),
        ("设备维护", "DR、生化分析仪维保", 8.00, "设备正常运行"),
    ], 88.00)  # fmt: skip
    goal(s, "服务辖区2.6万常住人口，完成基本公共卫生服务和家庭医生签约服务，保障诊疗设备正常运行。")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    rows = [
        ("产出指标", "数量指标", "老年人健康体检人数", "≥", 2800, "人", "公卫系统"),
        (None, None, "高血压患者规范管理人数", "≥", 1650, "人", None),
        (None, None, "上门随访服务人次", "≥", 3000, "人次", None),
        (None, "质量指标", "居民电子健康档案建档率", "≥", pct(0.9), "%", None),
        (
            None,
            None,
            "门诊处方抽查不合格率",
            mk("≥", "T108", "warning", row=True),
            pct(0.02),
            "%",
            "处方点评",
        ),
        (None, "时效指标", "设备故障修复时间", "≤", 72, "小时", None),
        ("成本指标", "经济成本指标", "设备年度维保费用", "≤", 8, "万元", "维保合同"),
        ("效益指标", "社会效益指标", "重点人群家庭医生签约率", "≥", pct(0.75), "%", None),
        (None, None, "高血压患者血压控制率", "≥", pct(0.6), "%", None),
        (None, "可持续影响指标", "基层首诊率", "≥", pct(0.65), "%", "医保数据"),
        ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥", pct(0.9), "%", "问卷"),
        (None, None, "签约居民满意度", "≥", pct(0.9), "%", None),
    ]
    s.table(rows, merged=(1, 2))
    footer(s, "填表人：邓婷　　院长：柳江", width=7)
    return b


@variant("mf09-maternal-hospital-tasks-sum", (12,),
         "部门整体, "
         "OLD-NAT, 年度指标值 and 指标解释; task amounts do not add to 金额合计")  # fmt: skip
def mf09() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 22, 12))
    unit_head(s, title=f"青岚市妇幼保健院{YEAR}年度整体支出绩效目标",
              dept="青岚市妇幼保健院", code="602018", width=6)  # fmt: skip
    budget_list(s, total=1968.00, fin=968.00, other=1000.00, basic=1602.00, staff=1220.00,
                public=382.00, proj=366.00,
                raw=(1968.00, 968.00, 1000.00, 1602.00, 1220.00, 382.00, 366.00))  # fmt: skip
    tasks(s, [
        ("两癌筛查", "农村适龄妇女宫颈癌、乳腺癌筛查", 128.00, "完成筛查任务"),
        ("新生儿疾病筛查", "遗传代谢病及听力筛查", 96.00, "筛查率达标"),
        ("孕产妇保健", "高危孕产妇专案管理", 82.00, "孕产妇死亡率控制在目标内"),
        ("妇幼信息化", "妇幼健康信息平台升级", 50.00, "平台上线运行"),
    ], mk(C(366.00, "0.00"), "B102", "error", alt=("B101",)))  # fmt: skip
    goal(
        s,
        "完成两癌筛查1.2万人、新生儿疾病筛查覆盖全市活产儿，加强高危孕产妇管理，升级妇幼信息平台。",
    )
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "指标解释", None, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "两癌筛查人数", "≥12000人", "农村35-64岁妇女"),
        (None, None, "高危孕产妇专案管理人数", "≥900人", None),
        (None, "质量指标", "新生儿遗传代谢病筛查率", "≥98%", "筛查数/活产数"),
        (None, None, "新生儿听力筛查率", pct(0.95), None),
        (None, "时效指标", "筛查阳性病例召回时间", "15个工作日以内", None),
        (None, "成本指标", "宫颈癌筛查单价", "≤100元/人", "省定标准"),
        ("效益指标", "社会效益指标", "孕产妇死亡率", "≤10/10万", "反向指标"),
        (None, None, "婴儿死亡率", "≤4‰", "反向指标"),
        (None, "可持续影响指标", "妇幼健康信息平台数据完整率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", pct(0.9), "第三方调查"),
    ]
    s.table([(*r, None) for r in rows], merged=(1, 2))
    merge_cols(s, s.r - len(rows) + 1, s.r, 5, 6)
    footer(s, "备注：筛查数据来源于省妇幼健康信息系统，满意度由第三方机构调查。")
    return b


@variant("mf10-mental-health-wide-budget", (12, 1, 7),
         "部门整体, OLD-NAT, "
         "budget as one wide row with a share row, 计量单位 column")  # fmt: skip
def mf10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 14, 14, 14, 14, 14, 14, 14))
    s.title(f"{YEAR}年度部门整体支出绩效目标表", 8)
    s.row("单位名称", "临溪县精神卫生中心", None, None, "单位编码", "601077", None, None,
          merge=[(2, 4), (6, 8)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "其中：人员经费",
          "公用经费", "项目支出")  # fmt: skip
    s.row(
        "金额",
        money(1152.80, WAN),
        money(836.80, WAN),
        money(316.00, WAN),
        money(968.80, WAN),
        money(782.40, WAN),
        money(186.40, WAN),
        money(184.00, WAN),
    )
    s.row("占比", pct(1, "0.00%"), share(836.80, 1152.80), share(316.00, 1152.80),
          share(968.80, 1152.80), share(782.40, 1152.80), share(186.40, 1152.80),
          share(184.00, 1152.80))  # fmt: skip
    s.row("年度主要任务", "任务名称", None, "主要内容", None, "金额（万元）", "目标", None,
          merge=[(2, 3), (4, 5), (7, 8)])  # fmt: skip
    top = s.r
    for t in [("严重精神障碍患者管理", "随访、免费服药", 96.00, "规范管理"),
              ("心理援助热线", "24小时热线运行", 38.00, "全年不间断"),
              ("病区改造", "封闭病区安全改造", 50.00, "年内完工")]:  # fmt: skip
        s.row(None, t[0], None, t[1], None, money(t[2], WAN), t[3], None,
              merge=[(2, 3), (4, 5), (7, 8)])  # fmt: skip
    s.row(None, "金额合计", None, None, None, money(184.00, WAN), None, None,
          merge=[(2, 5), (7, 8)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "规范管理全县严重精神障碍患者，保障心理援助热线全年运行，"
          "完成封闭病区改造。", merge=[(2, 8)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", None, None, "指标值", "计量单位", "数据来源",
          merge=[(3, 5)])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "在册严重精神障碍患者管理人数", "≥2860", "人", "信息系统"),
        (None, None, "心理援助热线接听量", "≥6000", "人次", "热线记录"),
        (None, "质量指标", "严重精神障碍患者规范管理率", "≥90", "%", None),
        (None, None, "病区改造验收合格率", "100", "%", None),
        (None, "时效指标", "热线接通响应时间", "≤30", "秒", None),
        (None, "成本指标", "患者免费服药人均补助", "≤300", "元/人", "测算"),
        ("效益指标", "社会效益指标", "患者肇事肇祸发生率", "≤0.5", "‰", "反向指标"),
        (None, "可持续影响指标", "患者服药率", "≥80", "%", None),
        ("满意度指标", "服务对象满意度指标", "患者家属满意度", "≥90", "%", "问卷"),
        (None, None, "热线来电者满意度", "≥85", "%", None),
    ]
    first = s.r + 1
    for r in rows:
        s.row(r[0], r[1], r[2], None, None, r[3], r[4], r[5], merge=[(3, 5)])
    for c, spans in ((1, [(0, 5), (6, 7), (8, 9)]), (2, [(0, 1), (2, 3), (6, 6), (8, 9)])):
        for a, z in spans:
            if z > a:
                s.ws.merge_cells(start_row=first + a, start_column=c, end_row=first + z,
                                 end_column=c)  # fmt: skip
    return b


@variant("mf11-blood-station-year", (12, 4),
         "部门整体, "
         "NAT-2021, filled-down tiers; a 预算年度 cell a year behind the title")  # fmt: skip
def mf11() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 16))
    s.title(f"{YEAR}年度部门整体支出绩效目标申报表", 6)
    s.row(
        "单位名称",
        "青岚市中心血站",
        None,
        "预算年度",
        mk(f"{YEAR - 1}年", "Y101", "error", alt=("Y103",)),
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row("填报日期", day(YEAR - 1, 11, 12), None, "联系人", "孙文 0731-5570166", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    budget_list(s, total=2216.00, fin=1016.00, other=1200.00, basic=1720.00, staff=1180.00,
                public=540.00, proj=496.00,
                raw=(2216.00, 1016.00, 1200.00, 1720.00, 1180.00, 540.00, 496.00))  # fmt: skip
    tasks(s, [
        ("无偿献血招募", "献血宣传、流动采血车运行", 126.00, "采血量稳中有升"),
        ("血液核酸检测", "核酸检测试剂及检测", 310.00, "检测全覆盖"),
        ("冷链设备更新", "储血冰箱及运输箱更新", 60.00, "年内完成"),
    ], 496.00)  # fmt: skip
    goal(s, "全年采集血液5.2万单位以上，血液核酸检测全覆盖，保障全市临床用血安全。")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "全年采血量", "≥5.2万单位", "血站信息系统"),
        ("产出指标", "数量指标", "无偿献血人次", "≥3.1万人次", None),
        ("产出指标", "质量指标", "血液核酸检测覆盖率", pct(1), None),
        ("产出指标", "质量指标", "血液报废率", "≤2%（不含脂血）", "反向指标"),
        ("产出指标", "时效指标", "急救用血送达时间", "≤60分钟（城区）", None),
        ("成本指标", "经济成本指标", "单份核酸检测成本", "≤55元", "招标价"),
        ("效益指标", "社会效益指标", "临床用血供应保障率", pct(1), None),
        ("效益指标", "社会效益指标", "经输血传播疾病发生例数", "0例", None),
        ("效益指标", "可持续影响指标", "固定献血者占比", "≥35%", None),
        ("满意度指标", "服务对象满意度指标", "献血者满意度", pct(0.95), "回访"),
        ("满意度指标", "服务对象满意度指标", "用血医院满意度", pct(0.95), "问卷"),
    ]
    for r in rows:
        s.row(*r, None, merge=[(5, 6)])
    footer(s, "站长：何峻　　财务科：蒋丽")
    return b


@variant("mf12-rehab-hospital-period-annual", (8, 12),
         "部门整体, NAT-2021, "
         "实施周期（2027—2029年） and 年度 value columns, counts below period")  # fmt: skip
def mf12() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 30, 18, 18, 18))
    unit_head(s, title=f"{YEAR}年度部门整体支出绩效目标表", dept="白沙河区康复医院",
              code="601233", width=6)  # fmt: skip
    budget_list(s, total=1324.00, fin=424.00, other=900.00, basic=1104.00, staff=812.00,
                public=292.00, proj=220.00,
                raw=(1324.00, 424.00, 900.00, 1104.00, 812.00, 292.00, 220.00))  # fmt: skip
    tasks(s, [
        ("儿童康复救助", "0-6岁残疾儿童康复训练", 140.00, "应救尽救"),
        ("康复设备购置", "下肢康复机器人等", 80.00, "设备投入使用"),
    ], 220.00)  # fmt: skip
    goal(s, "实施周期（2027—2029年）内累计救助残疾儿童不少于720人次；2027年救助不少于240人次，"
         "完成康复设备购置。", label="总体目标")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值（2027—2029年）",
          "年度指标值（2027年）", "备注")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "残疾儿童康复救助人次", "≥720人次", "≥240人次", "残联系统"),
        (None, None, "康复设备购置台数", "≥12台", "≥4台", None),
        (None, None, "康复治疗师培训人次", "≥90人次", "≥30人次", None),
        (None, "质量指标", "康复训练有效率", pct(0.85), pct(0.85), "评估量表"),
        (None, "时效指标", "救助申请审核办结时间", "≤10个工作日", "≤10个工作日", None),
        (
            "成本指标",
            "经济成本指标",
            "儿童康复救助标准",
            "≤5800元/人次",
            "≤5800元/人次",
            "省定标准",
        ),
        ("效益指标", "社会效益指标", "救助儿童功能改善率", "≥80%", "≥80%", None),
        (None, "可持续影响指标", "康复设备使用率", "≥85%", "≥85%", None),
        ("满意度指标", "服务对象满意度指标", "患儿家长满意度", pct(0.92), pct(0.92), "问卷"),
    ]
    s.table(rows, merged=(1, 2))
    footer(s, "说明：实施周期指标值为2027—2029年累计数，年度指标值为2027年当年数。")
    return b
