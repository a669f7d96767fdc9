"""Schools (小学, 初中, 职业学校, 幼儿园, 特殊教育学校): mf01–mf06."""

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
from tests.variants.kit import WAN, Book, C, mk, money, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注（数据来源）", None)


@variant("mf01-primary-school-nat2021", (12, 1, 5),
         "部门整体, NAT-2021, "
         "merged tiers, 备注 of data sources, tasks adding to 项目支出")  # fmt: skip
def mf01() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 16))
    unit_head(s, title=f"{YEAR}年度部门整体支出绩效目标申报表", dept="青岚市东湖区实验小学",
              code="307012", contact="周敏 0731-5562018", width=6)  # fmt: skip
    budget_list(s, total=1286.40, fin=1250.40, other=36.00, basic=1058.40, staff=912.60,
                public=145.80, proj=228.00, raw=(1286.40, 1250.40, 36.00, 1058.40, 912.60,
                145.80, 228.00))  # fmt: skip
    tasks(s, [
        ("课后服务", "开设课后托管及兴趣课程", 86.00, "课后服务覆盖有需求学生"),
        ("校园安全", "安保购买服务、监控维护", 42.00, "全年无重大安全事故"),
        ("教师培训", "校本研修及外出培训", 35.00, "教师年度培训全覆盖"),
        ("教学设备更新", "更新多媒体教室40间", 65.00, "完成更新并投入使用"),
    ], 228.00)  # fmt: skip
    goal(s, "保障全校1860名学生正常教学，开展课后服务和教师培训，完成40间多媒体教室设备更新，"
         "校园安全稳定。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*HEAD, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "在校学生人数", "≥1860人", "学籍系统"),
        (None, None, "课后服务开设课程数", "≥24门", "教务处"),
        (None, None, "更新多媒体教室数", "40间", "资产台账"),
        (None, "质量指标", "学生体质健康测试合格率", pct(0.95), "体测平台"),
        (None, None, "教师年度培训覆盖率", pct(1), "继续教育系统"),
        (None, "时效指标", "设备更新完成时间", f"{YEAR}年8月31日前", "验收单"),
        ("成本指标", "经济成本指标", "课后服务生均补助", "≤460元/人（按在册人数）", "财务账"),
        (None, None, "多媒体教室单间更新费用", "≤1.6万元", "采购合同"),
        ("效益指标", "社会效益指标", "校园安全责任事故", "0起", "安全台账"),
        (None, None, "课后服务学生参与率", "不低于85%", "课后服务平台"),
        (None, "可持续影响指标", "信息化教学常态化应用", "持续提升", "教务处"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", pct(0.9), "第三方问卷"),
        (None, None, "学生满意度", "≥90%", "校内问卷"),
    ]
    s.table([(*r, None) for r in rows], merged=(1, 2))
    for r in range(s.r - len(rows) + 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    footer(s, "单位负责人：陈立新　　　财务负责人：黄晓　　　填表人：周敏")
    return b


@variant("mf02-middle-school-weights", (10, 12, 5),
         "部门整体, NAT-2021, "
         "权重 with decimals adding to 100, tasks adding to 资金总额")  # fmt: skip
def mf02() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 30, 16, 10, 22))
    unit_head(s, title=f"白沙河区第二初级中学{YEAR}年度部门整体绩效目标表",
              dept="白沙河区第二初级中学", code="411203", width=6)  # fmt: skip
    budget_list(s, total=money(2045.60, WAN), fin=money(1985.60, WAN), other=money(60.00, WAN),
                basic=money(1712.80, WAN), staff=money(1503.20, WAN),
                public=money(209.60, WAN), proj=money(332.80, WAN),
                raw=(2045.60, 1985.60, 60.00, 1712.80, 1503.20, 209.60, 332.80))  # fmt: skip
    tasks(s, [
        ("保障在职教职工工资福利", "人员经费", 1503.20, "按时足额发放"),
        ("保障学校日常运转", "公用经费", 209.60, "运转正常"),
        ("实验室改造", "理化生实验室6间改造", 180.00, "秋季开学前投入使用"),
        ("学生资助", "家庭经济困难学生生活补助", 52.80, "应助尽助"),
        ("中考备考及教研", "教研活动、质量监测", 100.00, "教学质量稳中有升"),
    ], money(2045.60, WAN))  # fmt: skip
    goal(s, "保障学校正常运转，完成6间实验室改造，落实学生资助政策，提升教学质量。")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重", "指标值设定依据")
    rows = [
        ("产出指标", "数量指标", "实验室改造间数", "6间", 7.5, "计划标准"),
        (None, None, "困难学生资助人数", "≥220人", 7.5, "历史标准"),
        (None, None, "教研活动场次", "≥36场", 10, "计划标准"),
        (None, "质量指标", "实验室改造验收合格率", pct(1), 12.5, "行业标准"),
        (None, "时效指标", "资助资金发放及时率", pct(1), 12.5, "计划标准"),
        ("成本指标", "经济成本指标", "实验室单间改造成本", "≤30万元", 5, "预算标准"),
        (
            None,
            None,
            "生均公用经费",
            ok("≥850元/生·年（省定标准）", note="a funding floor: ≥ is meant"),
            5,
            "行业标准",
        ),
        ("效益指标", "社会效益指标", "分组实验开出率", "≥95%", 10, "行业标准"),
        (None, None, "学业质量监测达标率", "较上年提高2个百分点", 7.5, "历史标准"),
        (None, "可持续影响指标", "实验室设备完好率", pct(0.95), 12.5, "行业标准"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", pct(0.92), 5, "历史标准"),
        (None, None, "受助学生满意度", "95%以上", 5, "历史标准"),
    ]
    s.table(rows, merged=(1, 2))
    s.row(None, None, "合计", None, 100, None)
    footer(s, "注：权重按产出50、成本10、效益30、满意度10分配。")
    return b


@variant("mf03-vocational-task-column", (5, 12, 7),
         "部门整体, "
         "OLD-NAT under a 重点工作任务 column, tasks adding to 项目支出")  # fmt: skip
def mf03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 14, 16, 28, 18, 18))
    unit_head(s, title=f"{YEAR}年部门（单位）整体支出绩效目标表", dept="临溪县职业技术学校",
              code="520117", contact="吴海 0745-6621033", width=6)  # fmt: skip
    budget_list(s, total=1630.50, fin=1410.50, other=220.00, basic=1168.50, staff=986.50,
                public=182.00, proj=462.00,
                raw=(1630.50, 1410.50, 220.00, 1168.50, 986.50, 182.00, 462.00))  # fmt: skip
    tasks(s, [
        ("实训基地建设", "数控、汽修实训工位建设", 268.00, "新增实训工位120个"),
        ("中职学生资助", "国家助学金及免学费补助", 146.00, "资助政策落实到位"),
        ("社会培训", "面向农民工的职业技能培训", 48.00, "培训1200人次"),
    ], 462.00, label="年度重点工作任务")  # fmt: skip
    goal(s, "完成实训基地建设，落实中职资助政策，开展社会培训1200人次。")
    s.row("重点工作任务", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    rows = [
        ("实训基地建设", "产出指标", "数量指标", "新增实训工位数", "≥120个", "建设方案"),
        (None, None, "质量指标", "实训设备验收合格率", pct(1), "验收报告"),
        (None, None, "时效指标", "实训基地投入使用时间", f"{YEAR}年9月前", None),
        (None, None, "成本指标", "单个工位建设成本", "≤2.2万元", "预算测算"),
        (None, "效益指标", "社会效益指标", "专业对口就业率", "不低于80%", "就业台账"),
        ("中职学生资助", "产出指标", "数量指标", "国家助学金资助人数", "≥350人", "资助系统"),
        (None, None, "质量指标", "资助对象认定准确率", pct(1), None),
        (None, "效益指标", "社会效益指标", "因贫辍学学生人数", "0人", None),
        ("社会培训", "产出指标", "数量指标", "职业技能培训人次", "1200人次以上（含线上）", None),
        (None, None, "质量指标", "培训考核合格率", "≥90%", "考核成绩"),
        (None, "效益指标", "社会效益指标", "培训后取得职业技能等级证书人数", "≥600人", None),
        ("综合", "满意度指标", "服务对象满意度指标", "在校生满意度", pct(0.9), "问卷"),
        (None, None, None, "用人单位满意度", pct(0.88), "回访"),
    ]
    s.table(rows, merged=(1, 2, 3))
    footer(s, "备注：就业率、满意度数据来源于学校招生就业处年度统计。")
    return b


@variant("mf04-kindergarten-rate-count", (12, 1),
         "部门整体, "
         "NAT-2021, merged tiers; one rate given as a count")  # fmt: skip
def mf04() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 18, 18, 16))
    unit_head(s, title=f"{YEAR}年度部门整体支出绩效目标申报表", dept="青岚市机关第一幼儿园",
              code="307088", width=6)  # fmt: skip
    budget_list(s, total=642.00, fin=514.00, other=128.00, basic=560.00, staff=448.00,
                public=112.00, proj=82.00,
                raw=(642.00, 514.00, 128.00, 560.00, 448.00, 112.00, 82.00))  # fmt: skip
    tasks(s, [
        ("户外活动场地改造", "塑胶场地及大型玩具更新", 46.00, "暑期完成改造"),
        ("保教质量提升", "教研培训、玩教具添置", 24.00, "保教质量评估达一级标准"),
        ("膳食营养改善", "营养配餐指导", 12.00, "幼儿营养状况良好"),
    ], 82.00)  # fmt: skip
    goal(s, "保障12个班级、360名幼儿保教工作正常开展，完成户外场地改造，提升保教质量。")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "在园幼儿人数", "≥360人", "学籍系统"),
        (None, None, "户外场地改造面积", "≥1200平方米", "设计图"),
        (None, None, "教师培训人次", "≥60人次", None),
        (None, "质量指标", "幼儿体检覆盖率", mk("≥360人", "T105", "error"), "保健室"),
        (None, None, "场地改造验收合格率", pct(1), None),
        (None, "时效指标", "场地改造完成时间", f"{YEAR}年8月20日前", None),
        ("成本指标", "经济成本指标", "场地改造单价", "≤380元/平方米", "询价"),
        ("效益指标", "社会效益指标", "安全责任事故", "0起", None),
        (None, None, "幼儿户外活动时间", "每天不少于2小时", "一日活动安排"),
        (None, "可持续影响指标", "保教质量评估等级", "一级", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", pct(0.95), "问卷"),
    ]
    s.table([(*r, None) for r in rows], merged=(1, 2))
    for r in range(s.r - len(rows) + 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    footer(s, "填表人：刘芳　　审核人：赵静")
    return b


@variant("mf05-school-basic-split-wrong", (12,),
         "部门整体, "
         "OLD-NAT, wide budget row: 人员经费 + 公用经费 ≠ 基本支出")  # fmt: skip
def mf05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 14, 14, 14, 14, 14, 14, 14))
    s.title(f"{YEAR}年度部门整体支出绩效目标表", 8)
    s.row("单位名称", "溪口镇中心小学", None, None, "填报日期", C("2026-11-25"), None, None,
          merge=[(2, 4), (6, 8)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "其中：人员经费",
          "公用经费", "项目支出")  # fmt: skip
    s.row(None, 736.20, 720.20, 16.00, mk(620.20, "B101", "error", row=True, alt=("B102",)),
          548.40, 62.80, 116.00)  # fmt: skip
    s.row(None, share(736.20, 736.20), share(720.20, 736.20), share(16.00, 736.20),
          share(620.20, 736.20), None, None, share(116.00, 736.20))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", None, "主要内容", None, "预算金额（万元）", "目标", None,
          merge=[(2, 3), (4, 5), (7, 8)])  # fmt: skip
    top = s.r
    for t in [("营养餐", "农村义务教育学生营养改善计划", 64.00, "每生每天5元"),
              ("校舍维修", "教学楼屋面防水", 38.00, "雨季前完工"),
              ("送教下乡", "村小教学点送教", 14.00, "覆盖4个教学点")]:  # fmt: skip
        s.row(None, t[0], None, t[1], None, t[2], t[3], None, merge=[(2, 3), (4, 5), (7, 8)])
    s.row(None, "金额合计", None, None, None, 116.00, None, None, merge=[(2, 5), (7, 8)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "保障学校及4个教学点正常运转，落实营养改善计划，完成校舍维修。",
          merge=[(2, 8)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", None, "备注", None,
          merge=[(3, 4), (5, 6), (7, 8)])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "营养餐受益学生人数", "≥640人", "学籍"),
        (None, None, "送教下乡次数", "≥32次", "送教记录"),
        (None, "质量指标", "校舍维修验收合格率", pct(1), None),
        (None, "时效指标", "校舍维修完成时间", f"{YEAR}年5月31日前", None),
        (None, "成本指标", "营养餐补助标准", "≤5元/生·天", "国家标准"),
        ("效益指标", "社会效益指标", "义务教育巩固率", "≥99%", "控辍保学台账"),
        (None, None, "食品安全事故", "0起", None),
        (None, "可持续影响指标", "教学点教学秩序", "持续稳定", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.9), "问卷"),
        (None, None, "教学点教师满意度", pct(0.9), None),
    ]
    for i, r in enumerate(rows):
        s.row(r[0], r[1], r[2], None, r[3], None, r[4], None, merge=[(3, 4), (5, 6), (7, 8)])
        if i == 0:
            first = s.r
    for c, spans in ((1, [(0, 4), (5, 7), (8, 9)]), (2, [(0, 1), (5, 6)])):
        for a, z in spans:
            s.ws.merge_cells(start_row=first + a, start_column=c, end_row=first + z,
                             end_column=c)  # fmt: skip
    return b


@variant("mf06-special-school-two-line-header", (7, 1, 12),
         "部门整体, "
         "NAT-2021, two-line header with 比较符 · 数值 · 计量单位 under 指标值")  # fmt: skip
def mf06() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标", (14, 16, 28, 10, 12, 12, 20))
    s.title(f"青岚市特殊教育学校{YEAR}年度部门整体支出绩效目标表", 7)
    s.row("单位名称", "青岚市特殊教育学校", None, "预算年度", f"{YEAR}年", None, None,
          merge=[(2, 3), (5, 7)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "基本支出", "其中：人员经费", "公用经费", "项目支出",
          "其中：财政拨款")  # fmt: skip
    s.row(None, 498.60, 402.60, 351.00, 51.60, 96.00, 498.60)
    s.row("占比", pct(1, "0.00%"), share(402.60, 498.60), share(351.00, 498.60),
          share(51.60, 498.60), share(96.00, 498.60), pct(1, "0.00%"))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r - 1, end_column=1)
    s.row("年度主要任务", "任务名称", "主要内容", None, "金额（万元）", "目标", None,
          merge=[(3, 4), (6, 7)])  # fmt: skip
    top = s.r
    for t in [
        ("送教上门", "为重度残疾儿童送教上门", 28.00, "每周不少于1次"),
        ("康复训练设备", "购置感统、言语康复设备", 52.00, "设备到位并使用"),
        ("融合教育指导", "巡回指导普通学校随班就读", 16.00, "覆盖全市随班就读学校"),
    ]:
        s.row(None, t[0], t[1], None, t[2], t[3], None, merge=[(3, 4), (6, 7)])
    s.row(None, "金额合计", None, None, 96.00, None, None, merge=[(2, 4), (6, 7)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "保障168名残疾学生在校学习和42名重度残疾儿童送教上门，"
          "提升康复训练条件。", merge=[(2, 7)])  # fmt: skip
    s.row("绩效指标", None, None, "指标值", None, None, "备注", merge=[(1, 3), (4, 6)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "数值", "计量单位", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=7, end_row=s.r, end_column=7)
    rows = [
        ("产出指标", "数量指标", "在校残疾学生人数", "≥", 168, "人", "学籍系统"),
        (None, None, "送教上门儿童人数", "≥", 42, "人", None),
        (None, None, "购置康复设备", "≥", 18, "台（套）", "采购清单"),
        (None, "质量指标", "适龄残疾儿童入学率", "≥", pct(0.97), "%", "残联数据比对"),
        (None, None, "康复设备验收合格率", "=", pct(1), "%", None),
        (None, "时效指标", "送教上门频次", "≥", 1, "次/周", None),
        ("成本指标", "经济成本指标", "送教上门生均成本", "≤", 6600, "元/人·年", "测算"),
        ("效益指标", "社会效益指标", "残疾学生康复训练覆盖率", "≥", pct(0.9), "%", None),
        (None, None, "随班就读学校巡回指导覆盖率", "=", pct(1), "%", None),
        (None, "可持续影响指标", "康复设备使用年限", "≥", 5, "年", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.92), "%", "问卷"),
    ]
    s.table(rows, merged=(1, 2))
    footer(s, "数据来源：学籍系统、残联数据、学校康复中心记录。", width=7)
    return b
