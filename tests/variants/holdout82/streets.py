"""Returns of 街道办事处 (kn07–kn12): 指标性质 in words with weights, stacked projects, 中期
and 年度 columns, separate 指标方向 and 比较符 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout82.common import footer, long_head
from tests.variants.holdout82.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

SIGN = "街道办事处负责人：{a}　　　经办人：{b}　　　联系电话：{c}"


@variant(
    "kn07-shimen-grid",
    (),
    "street project, OLD-NAT, 指标性质 as the operator in words (大于等于), bare values with a "
    "计量单位 column, 权重 adding to 100 with a 合计 row",
)
def kn07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 30, 12, 12, 12, 8, 18))
    long_head(
        s,
        year=2025,
        name="石门街道2025年网格化服务管理项目",
        dept="青杉县石门街道办事处",
        unit="石门街道综合治理中心",
        attr="常年项目",
        money=[("资金总额", 168, "其中：财政拨款", 168), ("其他资金", 0, None, None)],
        goals=[
            "全街道划分48个网格，每格配备1名专职网格员，全年入户走访不少于3.6万户次，"
            "事件办结率达到95%以上，居民满意度达到90%以上。"
        ],
        lead="胡振华　0797-6001288",
        basis="网格员48人×2500元/人·月×12个月=144万元；网格信息平台运维和培训24万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "划分社区网格", "大于等于", 48, "个", 5, None),
            (None, None, "配备专职网格员", "大于等于", 48, "人", 5, None),
            (None, None, "网格员入户走访", "大于等于", 36000, "户次", 5, None),
            (None, None, "采集上报各类事件", "大于等于", 3000, "件", 10, "上年2860件"),
            (None, "质量指标", "上报事件办结率", "大于等于", pct(0.95), "%", 15, None),
            (None, None, "网格基础信息准确率", "大于等于", pct(0.95), "%", 5, None),
            (None, "时效指标", "一般事件处置时限", "小于等于", 3, "个工作日", 5, None),
            (None, None, "网格员补贴按月发放率", "等于", pct(1), "%", 5, None),
            (None, "成本指标", "网格员补贴标准", "小于等于", 2500, "元/人·月", 5, "县定标准"),
            ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", "大于等于", pct(0.9), "%", 10, None),
            (None, None, "辖区可防性案件发案数", "小于等于", 60, "起", 10, "上年68起"),
            (None, "可持续影响指标", "网格化服务管理机制", "定性", "健全", None, 10, None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "辖区居民满意度",
                "大于等于",
                pct(0.9),
                "%",
                10,
                "第三方测评",
            ),
            ("合计", None, None, None, None, None, 100, None),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="胡振华", b="彭丽", c="0797-6001288")], 8)
    return b


@variant(
    "kn08-nanhu-canteen",
    (),
    "street project, OLD-NAT, one value column and 指标值说明: plan dates of last year under a "
    "2025 title, one indicator repeated under 社会效益",
)
def kn08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 30, 16, 24, 10))
    long_head(
        s,
        year=2025,
        start=day(2024, 1, 1),
        end=day(2024, 12, 31),
        name="南湖街道2025年社区老年助餐服务项目",
        dept="青杉县南湖街道办事处",
        unit="南湖街道社区服务中心",
        attr="新增项目",
        money=[("资金总额", 60, "其中：财政拨款", 45), ("其他资金（社会捐赠）", 15, None, None)],
        goals=[
            "2025年新建社区老年食堂3个，全年提供助餐服务不少于3.6万人次，送餐上门不少于6000人次，"
            "就餐老人满意度达到90%以上。"
        ],
        lead="许明　0797-6123350",
        basis="食堂建设3个×14万元=42万元；助餐补贴3.6万人次×5元/人次=18万元。",
    )
    b.file_mark(
        "Y101", "error", alt=("Y102",), note="计划开始/完成日期 2024 under a 2025 title and goals"
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "新建社区老年食堂", "≥3个", None),
            (
                None,
                None,
                ok("提供老年人助餐服务", note="first of the pair"),
                "≥36000人次",
                "按120人次/天",
            ),
            (None, None, "送餐上门服务", "≥6000人次", "失能、高龄老人"),
            (None, "质量指标", "食品安全抽检合格率", "100%", None),
            (None, None, "食堂消防验收通过率", "100%", None),
            (None, "时效指标", "食堂建成运营时间", "2025年6月30日前", None),
            (None, "成本指标", "老年人助餐补贴标准", "≤5元/人次", None),
            (None, None, "单个食堂建设成本", "≤14万元", None),
            (
                "效益指标",
                "社会效益指标",
                mk("提供老年人助餐服务", "D101", "warning", row=True, alt=("D102", "D103")),
                "≥36000人次",
                None,
            ),
            (None, None, "惠及辖区60岁以上老人", "≥1500人", None),
            (None, "可持续影响指标", "社区助餐长效运营机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%", "抽样回访"),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="许明", b="叶文", c="0797-6123350")])
    return b


@variant(
    "kn09-qinghe-stacked",
    (),
    "two street projects stacked in one sheet, each with its own head and OLD-NAT table, "
    "operators and units inside the values",
)
def kn09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 30, 18, 18, 18))
    project_head(
        s,
        year=2025,
        name="清河街道2025年防汛应急物资储备项目",
        dept="青杉县清河街道办事处",
        unit="清河街道应急管理办公室",
        money=[("资金总额", 18.6, "其中：财政拨款", 18.6), ("其他资金", 0, None, None)],
        goals=["储备防汛编织袋、救生衣等物资，组织应急演练2次，汛期危险区群众及时转移。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "储备防汛编织袋", "≥20000条", None),
            (None, None, "储备救生衣", "≥300件", None),
            (None, None, "组织防汛应急演练", "≥2次", None),
            (None, "质量指标", "应急物资验收合格率", "100%", None),
            (None, "时效指标", "物资采购到位时间", "2025年5月31日前", "主汛期前"),
            (None, "成本指标", "物资采购成本", "≤18.6万元", None),
            ("效益指标", "社会效益指标", "危险区群众转移及时率", "100%", None),
            (None, "可持续影响指标", "防汛物资储备管理制度", "健全", None),
            ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("项目二", merge=[(1, 6)])
    project_head(
        s,
        year=2025,
        title="",
        name="清河街道2025年老旧小区路灯维修项目",
        dept="青杉县清河街道办事处",
        unit="清河街道城市管理办公室",
        attr="一次性项目",
        money=[("资金总额", 12.8, "其中：财政拨款", 12.8), ("其他资金", 0, None, None)],
        goals=["维修更换8个老旧小区路灯160盏，亮灯率达到98%以上，改善居民夜间出行条件。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "维修更换路灯", "≥160盏", None),
            (None, None, "覆盖老旧小区", "≥8个", None),
            (None, "质量指标", "路灯亮灯率", "≥98%", None),
            (None, "时效指标", "维修完成时间", "2025年9月30日前", None),
            (None, "成本指标", "单盏路灯维修更换成本", "≤800元/盏", None),
            ("效益指标", "社会效益指标", "夜间照明惠及居民", "≥2400户", None),
            (None, "可持续影响指标", "路灯日常巡查维护机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    footer(s, ["", SIGN.format(a="邹卫国", b="黎芳", c="0797-6255018")])
    return b


@variant(
    "kn10-dongjie-sanitation",
    (),
    "two-year street project, OLD-NAT, 实施期 and 年度 value columns: three cumulative counts "
    "copied from the period column into the annual one",
)
def kn10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 30, 18, 18, 18))
    long_head(
        s,
        year=2025,
        years=2,
        name="东街街道生活垃圾分类提升项目（2025—2026年）",
        dept="青杉县东街街道办事处",
        unit="东街街道环境卫生管理所",
        attr="新增项目",
        money=[
            ("中期资金总额", 520, "年度资金总额", 260),
            ("其中：财政拨款", 520, "其中：财政拨款", 260),
        ],
        goals=[
            "两年内新增垃圾分类投放点120个，更新收集车辆10辆，开展宣传活动48场，"
            "生活垃圾回收利用率达到35%以上。",
            "2025年新增垃圾分类投放点60个，更新收集车辆5辆，开展宣传活动24场，"
            "生活垃圾回收利用率达到32%以上。",
        ],
        lead="曹立军　0797-6087731",
        basis="",
    )
    b.file_mark(
        "D104", "warning", required=False, note="the copied annual counts also contradict 年度目标"
    )
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新增垃圾分类投放点",
                "≥120个",
                mk(
                    "≥120个",
                    "D202",
                    "warning",
                    note="年度 copied from 实施期; the 年度目标 says 60",
                ),
                None,
            ),
            (None, None, "更新垃圾收集车辆", "≥10辆", mk("≥10辆", "D202", "warning"), None),
            (None, None, "开展垃圾分类宣传活动", "≥48场", mk("≥48场", "D202", "warning"), None),
            (None, None, "清运生活垃圾", "≥7.2万吨", "≥3.6万吨", None),
            (
                None,
                None,
                "道路清扫保洁面积",
                "≥86万平方米",
                ok("≥86万平方米", note="area kept clean each year, not cumulative"),
                None,
            ),
            (None, "质量指标", "投放点规范设置率", "≥95%", "≥95%", None),
            (None, "时效指标", "垃圾日产日清率", "100%", "100%", None),
            (None, "成本指标", "生活垃圾清运成本", "≤60元/吨", "≤60元/吨", None),
            ("效益指标", "社会效益指标", "生活垃圾回收利用率", "≥35%", "≥32%", None),
            (None, "生态效益指标", "垃圾分类覆盖居民小区比例", "100%", "≥80%", None),
            (None, "可持续影响指标", "垃圾分类长效管理机制", "健全", "初步建立", None),
            ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="曹立军", b="吕婷", c="0797-6087731")])
    return b


@variant(
    "kn11-xiguan-patrol",
    (),
    "street project, OLD-NAT, separate 指标方向 (正向/反向), 比较符 and 单位 columns, bare numbers "
    "and percent cells",
)
def kn11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 28, 10, 8, 10, 12, 16))
    long_head(
        s,
        year=2025,
        name="西关街道2025年社区治安巡防项目",
        dept="青杉县西关街道办事处",
        unit="西关街道平安建设办公室",
        attr="延续项目",
        money=[("资金总额", 96, "其中：财政拨款", 90), ("其他资金（辖区单位共建）", 6, None, None)],
        goals=[
            "组建40人巡防队，全年夜间巡逻不少于1460次，新增视频监控点位60个，入室盗窃案件"
            "发案数控制在15起以内，居民满意度达到90%以上。"
        ],
        lead="汤建明　0797-6045519",
        basis="巡防队员40人×1500元/人·月×12个月=72万元；监控点位60个×3000元/个=18万元；"
        "巡防装备6万元（辖区单位共建）。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "组建巡防队员", "正向", "≥", 40, "人", None),
            (None, None, "开展夜间巡逻", "正向", "≥", 1460, "次", "每晚4次"),
            (None, None, "新增视频监控点位", "正向", "≥", 60, "个", None),
            (None, "质量指标", "视频监控在线率", "正向", "≥", pct(0.95), "%", None),
            (None, None, "巡防记录完整率", "正向", "≥", pct(0.95), "%", None),
            (None, "时效指标", "警情到场时间", "反向", "≤", 10, "分钟", None),
            (None, "成本指标", "巡防队员补贴标准", "反向", "≤", 1500, "元/人·月", None),
            (None, None, "监控点位建设单价", "反向", "≤", 3000, "元/个", None),
            ("效益指标", "社会效益指标", "入室盗窃案件发案数", "反向", "≤", 15, "起", "上年21起"),
            (None, None, "群众安全感", "正向", "≥", pct(0.92), "%", "县平安办测评"),
            (None, "可持续影响指标", "群防群治巡防机制", "正向", "定性", "健全", None, None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "辖区居民满意度",
                "正向",
                "≥",
                pct(0.9),
                "%",
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s, ["说明：指标方向填正向或反向；比较符填≥、≤或定性。"], 8)
    footer(s, [SIGN.format(a="汤建明", b="孔静", c="0797-6045519")], 8)
    return b


@variant(
    "kn12-beiyuan-childcare",
    (),
    "street project, OLD-NAT, 比较符 and 计量单位 columns: no 效益指标 at all, a satisfaction "
    "target typed as a bare 90 with no %",
)
def kn12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 30, 8, 12, 12, 18))
    long_head(
        s,
        year=2025,
        name="北苑街道2025年普惠托育服务补助项目",
        dept="青杉县北苑街道办事处",
        unit="北苑街道社会事务办公室",
        attr="新增项目",
        money=[("资金总额", 30, "其中：财政拨款", 30), ("其他资金", 0, None, None)],
        goals=["支持辖区托育机构提供普惠托位60个，开展育儿指导活动12场，家长满意度达到90%以上。"],
        lead="钱晓红　0797-6093306",
        basis="普惠托位60个×5000元/个·年=30万元。",
    )
    b.file_mark("F106", "error", note="no 效益指标 tier at all")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "提供普惠托位", "≥", 60, "个", None),
            (None, None, "开展育儿指导活动", "≥", 12, "场", None),
            (None, None, "培训托育从业人员", "≥", 30, "人次", None),
            (None, "质量指标", "托育机构备案率", "=", pct(1), "%", None),
            (None, None, "保育人员持证上岗率", "≥", pct(0.9), "%", None),
            (None, None, "托育机构安全检查覆盖率", "=", pct(1), "%", None),
            (None, "时效指标", "托位补助发放时间", "≤", day(2025, 12, 20, CN_DATE), None, None),
            (None, "成本指标", "普惠托位运营补助标准", "≤", 5000, "元/个·年", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "入托婴幼儿家长满意度",
                "≥",
                mk(90, "T105", "error", row=True, alt=("T104",)),
                None,
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="钱晓红", b="孙悦", c="0797-6093306")], 7)
    return b
